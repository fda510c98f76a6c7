package io.khabar.lab.train;

import io.khabar.model.Topic;
import io.khabar.enrich.topic.TopicFeatures;
import io.khabar.enrich.topic.TopicSample;

import io.khabar.model.Article;
import io.khabar.ingest.AntReader;
import io.khabar.ingest.ArticleSink;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * ANT's labelled articles split by publication date, so that the test months are never seen in
 * training and tuning: train before {@link #DEV_FROM}, dev (for tuning) until {@link #TEST_FROM},
 * test from then on. Each list is in id order, so training is deterministic.
 */
public record TopicCorpus(List<TopicSample> train, List<TopicSample> dev, List<TopicSample> test, int skipped) {
  /** ANT runs Feb–Oct 2018: Feb–Jul train (~26k), Aug dev (~2.2k), Sep–Oct test (~3.5k). */
  public static final LocalDate DEV_FROM = LocalDate.of(2018, 8, 1);
  public static final LocalDate TEST_FROM = LocalDate.of(2018, 9, 1);

  /** Reads the ANT tarball; articles without a date or a known category are left out (counted in skipped). */
  public static TopicCorpus readAnt(Path tarball) throws IOException {
    TopicFeatures features = new TopicFeatures();
    List<TopicSample> train = new ArrayList<>();
    List<TopicSample> dev = new ArrayList<>();
    List<TopicSample> test = new ArrayList<>();
    int[] skipped = {0};
    new AntReader().readTarball(tarball, new ArticleSink() {
      @Override
      public void accept(Article a, String origin) {
        Optional<Topic> topic = Topic.fromCategory(a.category());
        if (topic.isEmpty() || a.published() == null) {
          skipped[0]++;
          return;
        }
        TopicSample s = new TopicSample(a.id(), features.of(a.title(), a.text()), topic.get(), a.category());
        LocalDate day = a.published().atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
        (day.isBefore(DEV_FROM) ? train : day.isBefore(TEST_FROM) ? dev : test).add(s);
      }

      @Override
      public void skip(String origin, String reason) {
        skipped[0]++;
      }
    });
    return new TopicCorpus(sorted(train), sorted(dev), sorted(test), skipped[0]);
  }

  private static List<TopicSample> sorted(List<TopicSample> l) {
    l.sort(Comparator.comparing(TopicSample::id));
    return List.copyOf(l);
  }

  /** Train and dev together: what the shipped model is trained on once the settings are chosen on dev. */
  public List<TopicSample> trainAndDev() {
    List<TopicSample> all = new ArrayList<>(train);
    all.addAll(dev);
    all.sort(Comparator.comparing(TopicSample::id));
    return all;
  }
}
