package com.example.gridvendor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.gridgov.spi.notify.NotifierConfig;
import org.gridgov.spi.notify.NotifierProvider;
import org.gridgov.tck.NotifierContract;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The spool notifier passes the kit, and writes what the SMS daemon needs. */
class SpoolNotifierTest extends NotifierContract {

  @TempDir Path spool;

  @Override
  protected NotifierProvider provider() {
    return new SpoolNotifierProvider();
  }

  @Override
  protected NotifierConfig config() {
    return new NotifierConfig(
        "sms-spool", ImmutableMap.of("folder", spool.toString()), ImmutableMap.of());
  }

  @Override
  protected List<String> delivered() throws IOException {
    try (Stream<Path> files = Files.list(spool)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sms"))
          .map(n -> n.substring(0, n.length() - ".sms".length()))
          .toList();
    }
  }

  @Test
  void theFileCarriesTheNumberAndTheChineseText() throws Exception {
    try (var n = provider().create(config())) {
      n.send(sample("one"));
    }
    String text = Files.readString(spool.resolve("one.sms"), StandardCharsets.UTF_8);
    assertThat(text).startsWith("to: 13800138000\n").contains("case: case-one").contains("火灾隐患");
  }

  @Test
  void aMissingFolderIsRefusedWithItsName() {
    NotifierConfig bad =
        new NotifierConfig(
            "sms-spool",
            ImmutableMap.of("folder", spool.resolve("nope").toString()),
            ImmutableMap.of());
    assertThatThrownBy(() -> provider().create(bad)).hasMessageContaining("nope");
  }
}
