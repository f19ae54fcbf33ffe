package org.gridgov.dedupspark;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.io.StringReader;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.gridgov.dedup.DedupConfig;
import org.gridgov.dedup.DedupEngine;
import org.gridgov.dedup.DedupModel;

/**
 * A profile as the executors receive it: a shipped profile's name or a config's JSON text, read
 * once per executor JVM, with the engine and the models run under it. The config itself is not
 * serialisable; its text is small and read the same everywhere.
 *
 * @param profile a shipped profile's name, used when {@code json} is empty
 * @param json a config file's text, or empty
 */
record ConfigSource(String profile, String json) implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final Map<ConfigSource, DedupEngine> ENGINES = new ConcurrentHashMap<>();
  private static final Map<String, DedupModel> MODELS = new ConcurrentHashMap<>();

  ConfigSource {
    requireNonNull(profile, "profile");
    requireNonNull(json, "json");
  }

  /** The profile, read on first use in this JVM. */
  DedupConfig config() {
    return engine().config();
  }

  /** The engine of the profile, one per JVM. */
  DedupEngine engine() {
    return ENGINES.computeIfAbsent(
        this,
        s ->
            DedupEngine.of(
                s.json.isEmpty()
                    ? DedupConfig.profile(s.profile)
                    : DedupConfig.read(new StringReader(s.json), "the dedup config")));
  }

  /** A model written by {@link DedupModel#toJson}, read once per JVM. */
  DedupModel model(String modelJson) {
    return MODELS.computeIfAbsent(
        (json.isEmpty() ? profile : json) + '\u0000' + modelJson,
        k -> DedupModel.fromJson(modelJson, config()));
  }
}
