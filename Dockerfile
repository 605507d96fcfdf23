# NewsTreaty: one ASP.NET Core host serving the UI, the REST API and the embeds.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig NewsTreaty.sln ./
COPY src/Domain/Domain.csproj src/Domain/
COPY src/Api/Api.csproj src/Api/
COPY src/Web/Web.csproj src/Web/
# ReadyToRun: ahead-of-time compiled code, so the first responses after a start do not wait for the JIT
# (about a second less to the first answered claim on the million-claim corpus; docs/performance.md).
ARG TARGETARCH
RUN rid=linux-$([ "$TARGETARCH" = arm64 ] && echo arm64 || echo x64) && echo "$rid" > /tmp/rid \
    && dotnet restore src/Web/Web.csproj -r "$rid"
COPY src/ src/
RUN dotnet publish src/Web/Web.csproj -c Release -r "$(cat /tmp/rid)" --self-contained false -p:PublishReadyToRun=true -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app ./
ENV ASPNETCORE_URLS=http://+:8080 \
    Logging__Json=true
EXPOSE 8080
USER app
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s CMD ["dotnet", "NewsTreaty.Web.dll", "health-probe"]
ENTRYPOINT ["dotnet", "NewsTreaty.Web.dll"]
