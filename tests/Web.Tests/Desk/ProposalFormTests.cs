using Bunit;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;
using NewsTreaty.Web.Desk.Forms;
using NewsTreaty.Web.Desk.Forms.Proposals;
using NewsTreaty.Web.Desk.Pages.Ingestions;
using NewsTreaty.Web.Desk.Services;

namespace NewsTreaty.Web.Tests.Desk;

/// <summary>
/// The proposal forms: each kind's payload becomes the record forms' fields and back without losing what the form
/// does not show, the forms' own rules put their messages beside the field, and the domain's messages (keyed by
/// payload path) find their field; the editor component shows the controls for the choice made.
/// </summary>
public sealed class ProposalFormTests : BunitContext, IAsyncLifetime
{
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private static readonly List<MentionPayload> Mentions = [new(10, 19, "Anna Berg"), new(80, 84, "Berg")];

    private static readonly BundleClaim Claim = new("berg-treaty-review", "The treaty will be reviewed.", ClaimKind.DirectQuote, ClaimantActor: "anna-berg",
        Hedging: Hedging.Expected, Appearances: [new BundleAppearance("river-news", "\"The treaty will be reviewed,\" said Anna Berg.", 40, 86, AppearanceRole.Reports)]);

    private static string Json(object payload) => ProposalPayloads.Write(payload);

    private static ProposalForm Form(ProposalKind kind, object payload) => ProposalForm.From(kind, ProposalPayloads.Write(payload));

    private static (ValidationMessageStore Store, EditContext Context) Messages(ProposalForm form)
    {
        var context = new EditContext(form);
        return (new ValidationMessageStore(context), context);
    }

    [Fact]
    public void ANewActorRoundTripsAndKeepsItsMentions()
    {
        var actor = new BundleActor("anna-berg", "Anna Berg", ActorKind.Person, null, "a spokeswoman", [new BundleAlias("Berg", AliasKind.ShortName)]);
        var form = (ActorProposalForm)Form(ProposalKind.Actor, new ActorPayload(null, actor, Mentions));
        Assert.True(form.IsNew);
        form.New.Description = "Spokeswoman of the river commission.";

        var payload = (ActorPayload)form.ToPayload();

        Assert.Null(payload.Known);
        Assert.Equal(Json(new ActorPayload(null, actor with { Description = "Spokeswoman of the river commission.", Affiliations = [] }, Mentions)), Json(payload));
    }

    [Fact]
    public void AnAmbiguousMentionAsksWhichActorItIsBesideThePicker()
    {
        var form = (ActorProposalForm)Form(ProposalKind.Actor, new ActorPayload(null, null, Mentions));
        var (store, _) = Messages(form);
        Assert.False(form.IsNew);

        Assert.False(form.Validate(store));
        Assert.Equal(["Choose the actor this is, or describe a new one."], store[new FieldIdentifier(form, nameof(ActorProposalForm.Known))]);
        Assert.Contains(form.Fields(), f => f.Field.Equals(new FieldIdentifier(form, "Known")) && f.InputId == "known");

        form.Known = "vladimir-putin";
        Assert.True(form.Validate(store));
        Assert.Equal(Json(new ActorPayload("vladimir-putin", null, Mentions)), Json(form.ToPayload()));
    }

    [Fact]
    public void ANewActorIsCheckedWithTheActorFormsRulesAndTheDomainsMessagesFindItsFields()
    {
        var form = (ActorProposalForm)Form(ProposalKind.Actor, new ActorPayload(null, null, Mentions));
        form.IsNew = true;
        form.New.Slug = "Anna Berg";
        form.New.Description = "";
        var (store, _) = Messages(form);

        Assert.False(form.Validate(store));
        Assert.Equal(["Use lower-case words joined by hyphens."], store[new FieldIdentifier(form.New, nameof(ActorForm.Slug))]);
        Assert.Equal(["Describe the actor in a sentence."], store[new FieldIdentifier(form.New, nameof(ActorForm.Description))]);
        Assert.Equal("Anna Berg", form.New.Name); // a new actor starts from the words the text uses

        store.Clear();
        var general = form.Show(new Dictionary<string, string[]>
        {
            ["payload.new.wikidataId"] = ["Q1 is someone else."],
            ["payload"] = ["The whole payload is wrong."],
        }, store);
        Assert.Equal(["Q1 is someone else."], store[new FieldIdentifier(form.New, nameof(ActorForm.WikidataId))]);
        Assert.Equal(["The whole payload is wrong."], general);
    }

    [Fact]
    public void AClaimIsEditedWithTheClaimFormAndItsRulesAndKeepsItsQuotation()
    {
        var form = (ClaimProposalForm)Form(ProposalKind.Claim, Claim);
        form.Claim.Text = "";
        form.Claim.Quantities.Add(new QuantityForm { Unit = "months" });
        var (store, _) = Messages(form);

        Assert.False(form.Validate(store));
        Assert.Equal(["Write what was claimed."], store[new FieldIdentifier(form.Claim, nameof(ClaimForm.Text))]);
        Assert.Equal(["Give the number, or choose a magnitude when the text gives none."], store[new FieldIdentifier(form.Claim.Quantities[0], nameof(QuantityForm.Value))]);

        form.Claim.Text = "The commission will review the treaty.";
        form.Claim.Hedging = Hedging.Speculated;
        form.Claim.Quantities.Clear();
        Assert.True(form.Validate(store));
        Assert.Equal(Json(Claim with { Text = "The commission will review the treaty.", Hedging = Hedging.Speculated, Subjects = [], Events = [], Quantities = [] }),
            Json(form.ToPayload()));

        store.Clear();
        var general = form.Show(new Dictionary<string, string[]>
        {
            ["payload.claimantActor"] = ["Not named at the quotation."],
            ["payload.appearances[0]"] = ["Not in the article."],
        }, store);
        Assert.Empty(general);
        Assert.Equal(["Not named at the quotation."], store[new FieldIdentifier(form.Claim, nameof(ClaimForm.ClaimantActor))]);
        Assert.Equal(["Not in the article."], store[new FieldIdentifier(form.Claim.Appearances[0], nameof(EvidenceForm.Quote))]);
    }

    [Fact]
    public void ATimeKeepsTheTextsWordsAndRefusesAnIncompleteDate()
    {
        var form = (TimeProposalForm)Form(ProposalKind.Time, new TimePayload("last September", TimeKind.Relative, "2023-09", null));
        form.Date = "2023-";
        var (store, _) = Messages(form);

        Assert.False(form.Validate(store));
        Assert.Contains("incomplete", Assert.Single(store[new FieldIdentifier(form, nameof(TimeProposalForm.Date))]), StringComparison.Ordinal);

        form.Date = "2023-09-12~";
        Assert.True(form.Validate(store));
        Assert.Equal(new TimePayload("last September", TimeKind.Relative, "2023-09-12~", null), form.ToPayload());
    }

    [Fact]
    public void MatchesNeedTheirRecordAndARelayKeepsItsOutletOnly()
    {
        var appearance = new BundleAppearance("river-news", "Trump spurned Kim.", 5, 23, AppearanceRole.Reports);
        var claim = (ClaimMatchProposalForm)Form(ProposalKind.ClaimMatch, new ClaimMatchPayload("trump-spurned-kim-at-hanoi", appearance, 0.82, "paraphrase"));
        claim.Claim = null;
        var (store, _) = Messages(claim);
        Assert.False(claim.Validate(store));
        Assert.Equal(["Choose the claim this quotation repeats."], store[new FieldIdentifier(claim, nameof(ClaimMatchProposalForm.Claim))]);
        claim.Claim = "another-claim";
        claim.Role = AppearanceRole.Disputes;
        Assert.Equal(new ClaimMatchPayload("another-claim", appearance with { Role = AppearanceRole.Disputes }, 0.82, "paraphrase"), claim.ToPayload());

        var article = (ArticleMatchProposalForm)Form(ProposalKind.ArticleMatch, new ArticleMatchPayload("guardian-story", ArticleMatchKind.Relays, "bloomberg"));
        Assert.Equal(new ArticleMatchPayload("guardian-story", ArticleMatchKind.Relays, "bloomberg"), article.ToPayload());
        article.Match = ArticleMatchKind.Syndicated;
        Assert.Equal(new ArticleMatchPayload("guardian-story", ArticleMatchKind.Syndicated), article.ToPayload());
    }

    [Fact]
    public async Task TheEditorShowsThePickerForAKnownActorAndTheActorFormForANewOneAndAcceptsThroughItsCallback()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        JSInterop.SetupModule("./js/desk.js").Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<DeskScript>();
        Services.AddScoped<RecordLookup>();
        Render<MudPopoverProvider>();
        var editing = new ProposalEditing(1, ProposalKind.Actor, ProposalPayloads.Write(new ActorPayload(null, null, Mentions)));
        bool? accepted = null;
        var cut = Render<ProposalEditor>(p => p.Add(x => x.Editing, editing).Add(x => x.Save, (bool accept) => accepted = accept));

        Assert.NotNull(cut.Find("input#known"));
        Assert.Empty(cut.FindAll("#description"));
        Assert.Contains("“Anna Berg”, “Berg”", cut.Markup, StringComparison.Ordinal);

        Assert.Null(await cut.InvokeAsync(editing.Payload));
        Assert.Contains("Choose the actor this is", cut.Find("#proposal-problems").TextContent, StringComparison.Ordinal);

        cut.FindAll("input[type=radio]")[1].Click();
        Assert.NotNull(cut.Find("#description"));
        Assert.Empty(cut.FindAll("input#known"));
        // Awaited: MudButton's click handler is asynchronous, so a loaded machine ran the callback after a plain Click() returned.
        await cut.Find("#proposal-accept-edited").ClickAsync(new Microsoft.AspNetCore.Components.Web.MouseEventArgs());
        Assert.True(accepted);
    }
}
