using Portal.Web.Platform.Localization;

namespace Portal.Web.Features.Guidance;

/// <summary>
/// A guidance page as the public sees it; the editor's preview renders the same partial with a draft, without the
/// "Hittade du det du sökte?" form (<paramref name="ShowFeedback"/>).
/// </summary>
public sealed record ArticleView(GuidancePage Article, IReadOnlyList<GuidancePage> SectionPages, IReadOnlyList<GuidancePage> RelatedPages, Language Language, bool ShowFeedback = false);
