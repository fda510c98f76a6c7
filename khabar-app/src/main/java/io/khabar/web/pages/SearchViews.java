package io.khabar.web.pages;

import io.khabar.Khabar;
import io.khabar.search.SearchHit;
import io.khabar.search.SearchPage;
import io.khabar.search.SearchQuery;
import io.khabar.search.Snippet;
import io.khabar.web.BadParameter;
import io.khabar.web.NameVariants;
import io.khabar.web.Outlets;
import io.khabar.web.Params;
import io.khabar.web.SearchRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds the search page's view from the request as typed and, when valid, its results. */
final class SearchViews {
  static final int PAGE_SIZE = 10;

  private final SearchView.Form form;
  private final List<SearchView.OutletOption> outlets;

  SearchViews(Params params, Map<String, Long> counts) {
    this.form = new SearchView.Form(params.text("q"), params.text("source"), params.text("from"), params.text("to"),
        params.text("sort"), params.text("entity"), params.text("topic"));
    this.outlets = counts.entrySet().stream()
        .map(e -> new SearchView.OutletOption(e.getKey(), Outlets.name(e.getKey()), e.getValue(),
            e.getKey().equals(form.source())))
        .toList();
  }

  SearchView rejected(BadParameter e) {
    return new SearchView(form, outlets, false, 0, List.of(), null, e.arabic(), e.english(), null);
  }

  SearchView results(SearchRequest request, Khabar khabar) throws IOException {
    if (form.q().isEmpty() && form.source().isEmpty() && form.from().isEmpty() && form.to().isEmpty()
        && form.entity().isEmpty() && form.topic().isEmpty()) {
      return new SearchView(form, outlets, false, 0, List.of(), null, null, null, null);
    }
    NameVariants.Expansion expansion = NameVariants.expand(khabar, request.query().text());
    SearchQuery query = expansion.added().isEmpty() ? request.query() : withText(request.query(), expansion.query());
    SearchPage page = khabar.search(query);
    List<SearchView.Result> results = new ArrayList<>();
    Folding folding = new Folding(khabar); // copies of one text on this page are shown once
    for (SearchHit h : page.hits()) {
      var folded = folding.admit(h.id(), null, h.source());
      if (folded.isEmpty()) {
        continue;
      }
      Snippet title = h.title() == null || h.title().isBlank() ? Snippet.plain(ArticleLink.UNTITLED) : h.titleSnippet();
      results.add(new SearchView.Result(Links.article(h.id()), title, h.snippet(), Outlets.name(h.source()),
          DateView.of(h.published()), folded.get().alsoIn()));
    }
    SearchView.Pager pager = pager(request, page.total());
    if (request.page() > Math.max(1, pager.pages())) {
      throw io.khabar.web.NotFound.page(request.page(), pager.pages());
    }
    return new SearchView(form, outlets, true, page.total(), results, pager, null, null, expansion.notice());
  }

  static SearchQuery withText(SearchQuery q, String text) {
    return new SearchQuery(text, q.source(), q.from(), q.to(), q.sort(), q.offset(), q.limit(), q.entity(), q.topic());
  }

  private SearchView.Pager pager(SearchRequest request, long total) {
    long reachable = SearchQuery.MAX_OFFSET / request.size() + 1;
    int pages = (int) Math.min(reachable, (total + request.size() - 1) / request.size());
    int page = request.page();
    return new SearchView.Pager(page, pages, page > 1 ? href(page - 1) : null, page < pages ? href(page + 1) : null);
  }

  private String href(int page) {
    StringBuilder b = new StringBuilder("/search?");
    param(b, "q", form.q());
    param(b, "source", form.source());
    param(b, "from", form.from());
    param(b, "to", form.to());
    param(b, "sort", form.sort());
    param(b, "entity", form.entity());
    param(b, "topic", form.topic());
    return b.append("page=").append(page).toString();
  }

  private static void param(StringBuilder b, String name, String value) {
    if (!value.isEmpty()) {
      b.append(name).append('=').append(Links.encode(value)).append('&');
    }
  }
}
