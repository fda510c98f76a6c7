package io.khabar.web.pages;

import io.javalin.http.Context;
import io.khabar.model.Article;
import io.khabar.Khabar;
import io.khabar.relate.Related;
import io.khabar.model.Headline;
import io.khabar.story.Coverage;
import io.khabar.web.ArabicCounts;
import io.khabar.web.BadParameter;
import io.khabar.web.NotFound;
import io.khabar.web.Outlets;
import io.khabar.web.Params;
import io.khabar.web.SearchRequest;
import io.khabar.web.Templates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTML pages: home, article, search, stories. */
public final class PageHandlers {
  private static final int LATEST_PER_OUTLET = 8;
  private static final int SIMILAR = 10;
  private static final int REASON_WORDS = 5;
  private static final int STORIES = 40;

  private final Khabar khabar;
  private final Templates templates;

  public PageHandlers(Khabar khabar, Templates templates) {
    this.khabar = khabar;
    this.templates = templates;
  }

  public void home(Context ctx) throws IOException {
    List<HomeView.Outlet> outlets = new ArrayList<>();
    for (Map.Entry<String, Long> e : khabar.countBySource().entrySet()) {
      List<ArticleLink> latest = khabar.latest(LATEST_PER_OUTLET, e.getKey()).stream().map(ArticleLink::of).toList();
      outlets.add(new HomeView.Outlet(Outlets.name(e.getKey()), ArabicCounts.articles(e.getValue()),
          "/search?source=" + Links.encode(e.getKey()) + "&sort=newest", latest));
    }
    long total = khabar.size();
    String summary = ArabicCounts.articles(total) + " من " + ArabicCounts.outlets(outlets.size());
    templates.render(ctx, 200, "home.jte", new HomeView(total, summary, outlets));
  }

  public void stories(Context ctx) throws IOException {
    List<StoriesView.Story> stories = khabar.stories(STORIES).stream().map(StoryViews::summary).toList();
    boolean emptyStore = stories.isEmpty() && khabar.size() == 0;
    templates.render(ctx, 200, "stories.jte", new StoriesView(emptyStore, stories));
  }

  public void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Coverage c = khabar.story(id).orElseThrow(() -> NotFound.story(id));
    templates.render(ctx, 200, "story.jte", StoryViews.story(c));
  }

  public void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Article a = khabar.article(id).orElseThrow(() -> NotFound.article(id));
    ArticleView.Coverage coverage = coverage(id);
    Related related = khabar.related(id, SIMILAR).orElse(new Related(id, null, List.of()));
    List<ArticleView.Similar> similar = related.similar().stream()
        .map(e -> new ArticleView.Similar(ArticleLink.of(e), reason(e.reason())))
        .toList();
    templates.render(ctx, 200, "article.jte", new ArticleView(a.id(), ArticleLink.titleOrPlaceholder(a.title()),
        Outlets.name(a.source()), DateView.of(a.published()), a.author(), a.category(), paragraphs(a.text()),
        Links.external(a.url()), coverage, related.readAlso() == null ? null : ArticleLink.of(related.readAlso()), similar,
        EnrichmentViews.entities(a), EnrichmentViews.topic(a)));
  }

  public void search(Context ctx) throws IOException {
    Params params = Params.of(ctx);
    SearchViews views = new SearchViews(params, khabar.countBySource());
    try {
      SearchRequest request = SearchRequest.parse(params, SearchViews.PAGE_SIZE);
      templates.render(ctx, 200, "search.jte", views.results(request, khabar));
    } catch (BadParameter e) {
      // The page stays usable: the form comes back as typed, with what was wrong above it.
      templates.render(ctx, 400, "search.jte", views.rejected(e));
    }
  }

  /** The article's story in brief, or null when it has none or is alone in it. */
  private ArticleView.Coverage coverage(String id) throws IOException {
    Optional<Headline> h = khabar.headline(id);
    if (h.isEmpty() || h.get().story() == null) {
      return null;
    }
    return khabar.story(h.get().story()).map(c -> StoryViews.forArticle(c, id)).orElse(null);
  }

  static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }

  static String reason(Related.Reason r) {
    List<String> words = r.sharedTerms().isEmpty() ? r.sharedTitleTerms() : r.sharedTerms();
    if (words.isEmpty()) {
      return null;
    }
    return "كلمات مشتركة: " + String.join("، ", words.subList(0, Math.min(REASON_WORDS, words.size())));
  }
}
