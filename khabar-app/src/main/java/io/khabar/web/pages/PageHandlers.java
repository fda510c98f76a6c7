package io.khabar.web.pages;

import io.javalin.http.Context;
import io.khabar.model.Article;
import io.khabar.Khabar;
import io.khabar.RecentAnswers;
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
  private static final int TOP_STORIES = 6;
  private static final int SIMILAR = 10;
  /** Stories a page of /stories lists, and how many ranked stories it pages through. */
  private static final int STORIES = 20;
  private static final int STORIES_RANKED = 400;

  private final Khabar khabar;
  private final Templates templates;
  private final io.khabar.web.SiteOptions options;

  public PageHandlers(Khabar khabar, Templates templates, io.khabar.web.SiteOptions options) {
    this.khabar = khabar;
    this.templates = templates;
    this.options = options;
  }

  /** Pages' content kept as Khabar keeps its answers, built with the site's clock and zone also in the background. */
  private <V> RecentAnswers<String, V> recent(long entries, java.time.Duration fresh, java.time.Duration maxAge,
      RecentAnswers.Source<String, V> source) {
    return new RecentAnswers<>(entries, fresh, maxAge, key -> {
      DateView.use(options);
      return source.answer(key);
    });
  }

  /**
   * The home page's content, rebuilt at most every {@link #HOME_FRESH} (in the background: no reader waits) and
   * never served older than {@link #HOME_MAX_AGE}. It reads the latest articles of every outlet and folds their
   * copies, ~30 ms on the ANT corpus, and it is the most read page: built per view it would cap the site near
   * 60 views/s on 2 cores. Its ranked stories are already up to 5 minutes old ({@code Khabar#stories}).
   */
  static final java.time.Duration HOME_FRESH = java.time.Duration.ofSeconds(30);
  static final java.time.Duration HOME_MAX_AGE = java.time.Duration.ofMinutes(2);

  private final RecentAnswers<String, HomeView> homeView =
      recent(1, HOME_FRESH, HOME_MAX_AGE, k -> Optional.of(buildHome()));

  public void home(Context ctx) throws IOException {
    templates.render(ctx, 200, "home.jte", homeView.get("home").orElseThrow());
  }

  private HomeView buildHome() throws IOException {
    Folding folding = new Folding(khabar);
    List<HomeView.TopStory> top = new ArrayList<>();
    for (Coverage c : khabar.stories(TOP_STORIES)) {
      HomeView.TopStory t = StoryViews.top(c);
      top.add(t);
      // the latest lists do not repeat the texts the top stories show
      for (Coverage.Item i : c.items()) {
        String href = Links.article(i.article().id());
        if (i.article().id().equals(c.headline().id()) || t.others().stream().anyMatch(o -> o.href().equals(href))) {
          folding.shown(i.article().id(), i.article().dupGroup());
        }
      }
    }
    List<HomeView.Outlet> outlets = new ArrayList<>();
    for (Map.Entry<String, Long> e : khabar.countBySource().entrySet()) {
      List<HomeView.Entry> latest = new ArrayList<>();
      for (Article a : khabar.latest(LATEST_PER_OUTLET * 3, e.getKey())) {
        if (latest.size() == LATEST_PER_OUTLET) {
          break;
        }
        folding.admit(a.id(), a.url(), a.source())
            .ifPresent(f -> latest.add(new HomeView.Entry(ArticleLink.of(a), f.alsoIn())));
      }
      outlets.add(new HomeView.Outlet(Outlets.name(e.getKey()), ArabicCounts.articles(e.getValue()),
          "/search?source=" + Links.encode(e.getKey()) + "&sort=newest", latest));
    }
    long total = khabar.size();
    String summary = ArabicCounts.articles(total) + " من " + ArabicCounts.outlets(outlets.size());
    return new HomeView(total, summary, top, outlets);
  }

  public void stories(Context ctx) throws IOException {
    List<Coverage> ranked = khabar.stories(STORIES_RANKED);
    int pages = Math.max(1, (ranked.size() + STORIES - 1) / STORIES);
    int page = Params.of(ctx).integer("page", 1, 1, Integer.MAX_VALUE);
    if (page > pages) {
      throw NotFound.page(page, pages);
    }
    List<StoriesView.Story> stories = ranked.subList((page - 1) * STORIES, Math.min(ranked.size(), page * STORIES))
        .stream().map(StoryViews::summary).toList();
    boolean emptyStore = stories.isEmpty() && khabar.size() == 0;
    SearchView.Pager pager = new SearchView.Pager(page, pages, page > 1 ? "/stories?page=" + (page - 1) : null,
        page < pages ? "/stories?page=" + (page + 1) : null);
    templates.render(ctx, 200, "stories.jte", new StoriesView(emptyStore, stories, pager));
  }

  public void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Coverage c = khabar.story(id).orElseThrow(() -> NotFound.story(id));
    templates.render(ctx, 200, "story.jte", StoryViews.story(c));
  }

  /**
   * An article page's content, kept as its related list and coverage are ({@code Khabar#REFRESH_ANSWERS_AFTER}):
   * it reads the article and its headline and works out its lead, chips and reasons, where at 1,000 views/s a
   * core has 1 ms a view for everything. Up to 5,000 pages, the most read.
   */
  static final int ARTICLE_PAGES = 5_000;

  private final RecentAnswers<String, ArticleView> articleView =
      recent(ARTICLE_PAGES, java.time.Duration.ofMinutes(1), Khabar.REFRESH_ANSWERS_AFTER, this::buildArticle);

  public void article(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    templates.render(ctx, 200, "article.jte", articleView.get(id).orElseThrow(() -> NotFound.article(id)));
  }

  /** Empty when there is no such article. */
  private Optional<ArticleView> buildArticle(String id) throws IOException {
    Optional<Article> found = khabar.article(id);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Article a = found.get();
    Optional<Headline> headline = khabar.headline(id); // its story and copies: read once for both below
    ArticleView.Coverage coverage = coverage(id, headline);
    Related related = khabar.related(id, SIMILAR).orElse(new Related(id, null, List.of()));
    List<io.khabar.model.Entity> chips = EntityChips.of(a);
    Reasons reasons = new Reasons(a, chips);
    List<ArticleView.Similar> similar = new ArrayList<>();
    for (Related.Entry e : related.similar()) {
      similar.add(new ArticleView.Similar(ArticleLink.of(e), reasons.explain(e.reason())));
    }
    boolean full = DateView.options().fullText();
    List<String> all = paragraphs(a.text());
    List<String> shown = full ? all : lead(all);
    return Optional.of(new ArticleView(a.id(), ArticleLink.titleOrPlaceholder(a.title()),
        Outlets.name(a.source()), DateView.of(a.published()), a.author(), a.category(), shown,
        shown.size() < all.size(), Links.external(a.url()), coverage,
        related.readAlso() == null ? null : ArticleLink.of(related.readAlso()), similar,
        EnrichmentViews.entities(chips), EnrichmentViews.topic(a), picture(a, headline)));
  }

  /** The article's thumbnail, or its copies' (the same text), or null. */
  private HomeView.Picture picture(Article a, Optional<Headline> headline) throws IOException {
    List<String> ids = new ArrayList<>(List.of(a.id()));
    headline.map(Headline::dupGroup).filter(g -> !g.equals(a.id())).ifPresent(ids::add);
    return Pictures.first(ids, "");
  }

  /** How much of an article the page shows by default: its first paragraphs, up to about this many characters. */
  static final int LEAD_CHARS = 300;

  /** The lead: the first paragraph, and the next ones while the lead is shorter than {@link #LEAD_CHARS}. */
  static List<String> lead(List<String> paragraphs) {
    List<String> out = new ArrayList<>();
    int chars = 0;
    for (String p : paragraphs) {
      if (!out.isEmpty() && chars >= LEAD_CHARS) {
        break;
      }
      out.add(p);
      chars += p.length();
    }
    return out;
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
  private ArticleView.Coverage coverage(String id, Optional<Headline> h) throws IOException {
    if (h.isEmpty() || h.get().story() == null) {
      return null;
    }
    return khabar.story(h.get().story()).map(c -> StoryViews.forArticle(c, id)).orElse(null);
  }

  static List<String> paragraphs(String text) {
    return Arrays.stream(text.split("\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
