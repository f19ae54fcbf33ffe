package org.gridgov.samples.residents;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.gridgov.samples.internal.Draw;
import org.gridgov.samples.residents.Population.Draft;
import org.gridgov.samples.residents.Render.Rendered;

/**
 * Synthetic resident records with ground truth, for evaluating deduplication ("collect once, use
 * everywhere", 一次采集、多方复用): people living in households in Chengdu, and the records a dozen
 * community apps hold about them, each app with its own fields, formats and errors.
 *
 * <p>The data is made to be hard in the ways real data is: family members share an address, a
 * surname and often a phone (children and many old people have none of their own); twins share a
 * birth date too; common names (张伟, 王芳, 李娜, 刘洋) recur across households; names come in traditional
 * characters, with homophone typos or in pinyin; identity numbers are masked, in the old 15-digit
 * form or mistyped; phones and dates come in many formats; some people moved or changed number and
 * are on file with the old ones. It is not made impossible: a record whose every field was lost or
 * garbled is redrawn, so that almost every record carries enough to be linked by someone who reads
 * it carefully.
 *
 * <p>The same seed always gives the same data set; nothing depends on the clock or hash order.
 * Every person, name, number and address is fictional; identity numbers are valid in form only.
 * docs/residents-synthetic.md describes the generator and every rate it uses.
 */
public final class SyntheticResidents {

  /** The seed {@link #write(Path)} uses. */
  public static final long DEFAULT_SEED = 20260301L;

  /** The number of people {@link #write(Path)} generates. */
  public static final int DEFAULT_PEOPLE = 20_000;

  /** The most people one data set may have. */
  public static final int MAX_PEOPLE = 4_000_000;

  /*
   * Records per person 1–8: a third of people are in one app only, a few in eight; the mean is
   * 2.47. An assumption: how many of a community's apps know a person depends on age (school,
   * elderly care) and on how much they deal with the community.
   */
  private static final double[] RECORDS_PER_PERSON = {
    0.33, 0.28, 0.18, 0.10, 0.055, 0.03, 0.015, 0.01
  };

  /** Chance that a further record of a person comes from an app that already has one (re-entry). */
  private static final double REENTRY = 0.06;

  private SyntheticResidents() {}

  /**
   * Generates a data set.
   *
   * @param people how many people, 1 to {@value #MAX_PEOPLE}
   * @param seed any value; equal seeds (and sizes) give equal data sets
   * @throws IllegalArgumentException if {@code people} is out of range
   */
  public static Dataset generate(int people, long seed) {
    return generate(people, seed, Settings.DEFAULT);
  }

  /**
   * Generates a data set under other settings than the defaults; {@link Settings#DEFAULT} gives
   * exactly {@link #generate(int, long)}.
   *
   * @param people how many people, 1 to {@value #MAX_PEOPLE}
   * @param seed any value; equal seeds, sizes and settings give equal data sets
   * @param settings how far the data departs from the defaults ({@link Settings#PRESETS})
   * @throws IllegalArgumentException if {@code people} is out of range
   */
  public static Dataset generate(int people, long seed, Settings settings) {
    return run(people, seed, settings).dataset();
  }

  /**
   * Generates {@value #DEFAULT_PEOPLE} people with {@link #DEFAULT_SEED} and writes {@value
   * Dataset#RECORDS_FILE} and {@value Dataset#TRUTH_FILE} into {@code dir}.
   *
   * @return the data set written
   * @throws UncheckedIOException if the directory cannot be written
   */
  public static Dataset write(Path dir) {
    Dataset d = generate(DEFAULT_PEOPLE, DEFAULT_SEED);
    d.write(dir);
    return d;
  }

  /**
   * A data set and how many of its records could not be linked to the other records of their person
   * however often they were redrawn (see {@link Render#MIN_SHARED}).
   */
  record Run(Dataset dataset, int weakRecords) {}

  static Run run(int people, long seed) {
    return run(people, seed, Settings.DEFAULT);
  }

  static Run run(int people, long seed, Settings settings) {
    Objects.requireNonNull(settings, "settings");
    if (people < 1 || people > MAX_PEOPLE) {
      throw new IllegalArgumentException(
          "people must be 1 to " + MAX_PEOPLE + " but was " + people);
    }
    SplittableRandom rnd = new SplittableRandom(seed);
    List<Draft> drafts = Population.generate(rnd, people, settings);
    Render render = new Render(rnd, settings);
    ImmutableList<App> apps = App.under(settings, App.ALL);
    List<Rendered> unnamed = new ArrayList<>();
    List<String> owners = new ArrayList<>();
    int weak = 0;
    for (Draft d : drafts) {
      List<Rendered> mine = new ArrayList<>();
      for (App app : apps(rnd, apps, d.age(), Draw.weighted(rnd, RECORDS_PER_PERSON) + 1)) {
        mine.add(render.record(d, app));
      }
      weak += connect(render, d, mine);
      for (Rendered r : mine) {
        unnamed.add(r);
        owners.add(d.person().personId());
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < unnamed.size(); i++) {
      order.add(i);
    }
    order = Draw.shuffled(rnd, order);
    ImmutableList.Builder<ResidentRecord> records = ImmutableList.builder();
    ImmutableMap.Builder<String, String> truth = ImmutableMap.builder();
    int n = 0;
    for (int i : order) {
      String id = String.format("R%07d", ++n);
      records.add(unnamed.get(i).record(id));
      truth.put(id, owners.get(i));
    }
    ImmutableList<Person> persons =
        drafts.stream().map(Draft::person).collect(ImmutableList.toImmutableList());
    return new Run(new Dataset(records.build(), truth.buildOrThrow(), persons), weak);
  }

  /**
   * The apps that hold a person's {@code count} records, drawn by the apps' weights for the age.
   */
  private static List<App> apps(SplittableRandom rnd, List<App> all, int age, int count) {
    List<App> chosen = new ArrayList<>();
    double[] weights = new double[all.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = all.get(i).who().weight(age);
    }
    while (chosen.size() < count) {
      double left = 0;
      for (double w : weights) {
        left += w;
      }
      if (left == 0 || (!chosen.isEmpty() && Draw.chance(rnd, REENTRY))) {
        chosen.add(Draw.pick(rnd, chosen));
        continue;
      }
      int i = Draw.weighted(rnd, weights);
      chosen.add(all.get(i));
      weights[i] = 0;
    }
    return chosen;
  }

  /**
   * Redraws the records of one person while some cannot be reached from the others through pairs
   * sharing {@link Render#MIN_SHARED}, a few times; returns how many stay out of reach.
   */
  private static int connect(Render render, Draft d, List<Rendered> records) {
    for (int round = 0; ; round++) {
      boolean[] reached = reached(records);
      int out = 0;
      for (boolean r : reached) {
        out += r ? 0 : 1;
      }
      if (out == 0 || round == Render.ATTEMPTS) {
        return out;
      }
      // First redraw the records out of reach; if that is not enough, the others too, as the
      // fault may be theirs (an old address, no phone).
      boolean all = round >= Render.ATTEMPTS / 2;
      for (int i = 0; i < records.size(); i++) {
        if (all || !reached[i]) {
          records.set(i, render.record(d, records.get(i).app()));
        }
      }
    }
  }

  /**
   * Which records are in the largest group of records linked through pairs that share enough
   * evidence (the first such group on a tie).
   */
  private static boolean[] reached(List<Rendered> records) {
    int n = records.size();
    int[] group = new int[n];
    Arrays.fill(group, -1);
    int best = 0;
    int bestSize = 0;
    for (int start = 0; start < n; start++) {
      if (group[start] >= 0) {
        continue;
      }
      group[start] = start;
      List<Integer> queue = new ArrayList<>(List.of(start));
      for (int q = 0; q < queue.size(); q++) {
        Rendered a = records.get(queue.get(q));
        for (int j = 0; j < n; j++) {
          if (group[j] < 0 && a.shared(records.get(j)) >= Render.MIN_SHARED) {
            group[j] = start;
            queue.add(j);
          }
        }
      }
      if (queue.size() > bestSize) {
        best = start;
        bestSize = queue.size();
      }
    }
    boolean[] reached = new boolean[n];
    for (int i = 0; i < n; i++) {
      reached[i] = group[i] == best;
    }
    return reached;
  }
}
