using Microsoft.JSInterop;

namespace NewsTreaty.Web.Desk.Services;

/// <summary>The desk's browser module (wwwroot/js/desk.js), imported once per circuit.</summary>
internal sealed class DeskScript(IJSRuntime js) : IAsyncDisposable
{
    private Task<IJSObjectReference>? _module;

    public async Task InvokeVoidAsync(string function, params object?[] args) =>
        await (await ModuleAsync()).InvokeVoidAsync(function, args);

    public async Task<T> InvokeAsync<T>(string function, params object?[] args) =>
        await (await ModuleAsync()).InvokeAsync<T>(function, args);

    /// <summary>Moves keyboard focus to the first element matching the CSS selector; false when there is none.</summary>
    public Task<bool> FocusAsync(string selector) => InvokeAsync<bool>("focus", selector);

    private Task<IJSObjectReference> ModuleAsync() => _module ??= js.InvokeAsync<IJSObjectReference>("import", "./js/desk.js").AsTask();

    public async ValueTask DisposeAsync()
    {
        if (_module is { IsCompletedSuccessfully: true })
        {
            try
            {
                await _module.Result.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone with its browser; nothing to release there.
            }
        }
    }
}
