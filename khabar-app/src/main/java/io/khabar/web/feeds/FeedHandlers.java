package io.khabar.web.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import io.javalin.http.Context;
import io.khabar.Khabar;
import io.khabar.model.Entity;
import io.khabar.model.Headline;
import io.khabar.model.Topic;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchQuery;
import io.khabar.story.Coverage;
import io.khabar.web.BadParameter;
import io.khabar.web.NameVariants;
import io.khabar.web.NotFound;
import io.khabar.web.Outlets;
import io.khabar.web.Params;
import io.khabar.web.SearchRequest;
import io.khabar.web.pages.Entities;
import io.khabar.web.pages.Links;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Feeds: {@code ?format=atom} for Atom 1.0, RSS 2.0 otherwise. Links are absolute, on the host the
 * reader asked (a feed reader resolves nothing). Each lists at most {@link #ITEMS} items, newest first
 * except top stories, which come in rank order.
 */
public final class FeedHandlers {
  static final int ITEMS = 30;

  private final Khabar khabar;

  public FeedHandlers(Khabar khabar) {
    this.khabar = khabar;
  }

  public void top(Context ctx) throws IOException {
    List<SyndEntry> entries = new ArrayList<>();
    for (Coverage c : khabar.stories(ITEMS)) {
      entries.add(entry(ctx, Links.story(c.story()), c.title(), c.latest(),
          String.join("، ", c.outlets().stream().map(Outlets::name).toList())));
    }
    send(ctx, "خبر — أهم القصص", "/", "أهم القصص من المصادر الإخبارية العربية", entries);
  }

  public void story(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    Coverage c = khabar.story(id).orElseThrow(() -> NotFound.story(id));
    List<SyndEntry> entries = new ArrayList<>();
    List<Coverage.Item> items = new ArrayList<>(c.items());
    java.util.Collections.reverse(items); // newest first
    for (Coverage.Item i : items.subList(0, Math.min(ITEMS, items.size()))) {
      entries.add(headline(ctx, i.article()));
    }
    send(ctx, c.title() + " — تغطية كاملة | خبر", Links.story(c.story()), "تغطية القصة من كل المصادر", entries);
  }

  public void topic(Context ctx) throws IOException {
    String key = ctx.pathParam("topic");
    Topic t = Topic.fromKey(key).orElseThrow(() -> NotFound.topic(key));
    send(ctx, t.arabicName() + " | خبر", Links.topic(t.key()), "آخر مقالات موضوع " + t.arabicName(),
        hits(ctx, SearchQuery.of("").withTopic(t.key())));
  }

  public void entity(Context ctx) throws IOException {
    String key = ctx.pathParam("key");
    Entity e = Entities.find(khabar, key).orElseThrow(() -> NotFound.entity(key));
    send(ctx, e.name() + " | خبر", Links.entity(e.key()), "آخر المقالات التي تذكر " + e.name(),
        hits(ctx, SearchQuery.of("").withEntity(key)));
  }

  public void outlet(Context ctx) throws IOException {
    String source = ctx.pathParam("source");
    if (!khabar.countBySource().containsKey(source)) {
      throw new NotFound("no outlet '" + Params.shorten(source) + "'", "لا يوجد مصدر بهذا الاسم.");
    }
    send(ctx, Outlets.name(source) + " | خبر", "/search?source=" + Links.encode(source) + "&sort=newest",
        "آخر مقالات " + Outlets.name(source), hits(ctx, SearchQuery.of("").withSource(source)));
  }

  public void search(Context ctx) throws IOException {
    SearchRequest request = SearchRequest.parse(Params.of(ctx), ITEMS);
    String q = request.query().text();
    if (q.isEmpty()) {
      throw new BadParameter("q", "'q' is required for a search feed", "نص البحث «q» مطلوب.");
    }
    NameVariants.Expansion x = NameVariants.expand(khabar, q);
    SearchQuery query = request.query().withSort(SearchQuery.Sort.NEWEST);
    query = new SearchQuery(x.query(), query.source(), query.from(), query.to(), query.sort(), 0, ITEMS,
        query.entity(), query.topic());
    send(ctx, q + " — بحث | خبر", "/search?q=" + Links.encode(q) + "&sort=newest", "نتائج البحث عن " + q,
        hitsOf(ctx, query));
  }

  private List<SyndEntry> hits(Context ctx, SearchQuery q) throws IOException {
    return hitsOf(ctx, q.withSort(SearchQuery.Sort.NEWEST).withPage(0, ITEMS));
  }

  private List<SyndEntry> hitsOf(Context ctx, SearchQuery q) throws IOException {
    List<SyndEntry> out = new ArrayList<>();
    java.util.Set<String> groups = new java.util.HashSet<>();
    for (SearchHit h : khabar.search(q).hits()) {
      String group = khabar.headline(h.id()).map(Headline::dupGroup).orElse(h.id());
      if (groups.add(group == null ? h.id() : group)) { // copies folded, as on the pages
        out.add(entry(ctx, Links.article(h.id()), h.title(), h.published(), Outlets.name(h.source())));
      }
    }
    return out;
  }

  private SyndEntry headline(Context ctx, Headline h) {
    return entry(ctx, Links.article(h.id()), h.title(), h.published(), Outlets.name(h.source()));
  }

  private static SyndEntry entry(Context ctx, String path, String title, OffsetDateTime published, String description) {
    SyndEntry e = new SyndEntryImpl();
    String link = base(ctx) + path;
    e.setTitle(title == null || title.isBlank() ? "(بدون عنوان)" : title);
    e.setLink(link);
    e.setUri(link);
    if (published != null) {
      Date d = Date.from(published.toInstant());
      e.setPublishedDate(d);
      e.setUpdatedDate(d);
    }
    SyndContent content = new SyndContentImpl();
    content.setType("text/plain");
    content.setValue(description);
    e.setDescription(content);
    return e;
  }

  private static void send(Context ctx, String title, String path, String description, List<SyndEntry> entries) {
    boolean atom = "atom".equals(Params.of(ctx).text("format").toLowerCase(Locale.ROOT));
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(atom ? "atom_1.0" : "rss_2.0");
    feed.setTitle(title);
    feed.setLink(base(ctx) + path);
    feed.setUri(base(ctx) + ctx.path());
    feed.setDescription(description);
    feed.setLanguage("ar");
    feed.setEncoding("UTF-8");
    Date updated = entries.stream().map(SyndEntry::getUpdatedDate).filter(java.util.Objects::nonNull)
        .max(Date::compareTo).orElse(new Date(0));
    feed.setPublishedDate(updated);
    feed.setEntries(entries);
    try {
      String xml = new SyndFeedOutput().outputString(feed);
      ctx.status(200).contentType((atom ? "application/atom+xml" : "application/rss+xml") + "; charset=utf-8")
          .result(xml.getBytes(StandardCharsets.UTF_8));
    } catch (FeedException e) {
      throw new IllegalStateException("a feed Khabar built is invalid", e);
    }
  }

  /** The site's address as the reader reached it. */
  static String base(Context ctx) {
    return ctx.scheme() + "://" + ctx.host();
  }
}
