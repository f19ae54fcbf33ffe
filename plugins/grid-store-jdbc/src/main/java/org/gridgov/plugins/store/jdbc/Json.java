package org.gridgov.plugins.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridgov.core.json.GridJson;
import org.gridgov.spi.store.StoreException;

/** The JSON the store keeps in its text columns: model objects, lists and maps of strings. */
final class Json {

  private static final ObjectMapper MAPPER = GridJson.mapper();
  private static final ObjectReader STRINGS =
      MAPPER.readerFor(new TypeReference<List<String>>() {});
  private static final ObjectReader STRING_MAP =
      MAPPER.readerFor(new TypeReference<LinkedHashMap<String, String>>() {});

  private Json() {}

  static ObjectWriter writer(Class<?> type) {
    return MAPPER.writerFor(type);
  }

  static ObjectReader reader(Class<?> type) {
    return MAPPER.readerFor(type);
  }

  static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // The model holds only what its module writes: a bug, not bad data.
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  static <T> T read(ObjectReader reader, String json, String what) {
    try {
      return reader.readValue(json);
    } catch (JsonProcessingException e) {
      throw new StoreException(
          what + " in the store is not what the store wrote: " + e.getMessage(), e);
    }
  }

  /** What to do with each element of an array. */
  @FunctionalInterface
  interface Each<T> {
    void accept(T value, int index);
  }

  /** Reads a JSON array of {@code reader}'s type, handing over each element in order. */
  static <T> void each(ObjectReader reader, String json, String what, Each<T> each) {
    try (MappingIterator<T> it = reader.readValues(json)) {
      int i = 0;
      while (it.hasNextValue()) {
        each.accept(it.nextValue(), i++);
      }
    } catch (IOException e) {
      throw new StoreException(
          what + " in the store is not what the store wrote: " + e.getMessage(), e);
    }
  }

  static String strings(List<String> values) {
    return write(MAPPER.writer(), values);
  }

  static ImmutableList<String> strings(String json, String what) {
    List<String> values = read(STRINGS, json, what);
    return ImmutableList.copyOf(values);
  }

  static String stringMap(Map<String, String> values) {
    return write(MAPPER.writer(), values);
  }

  static ImmutableMap<String, String> stringMap(String json, String what) {
    Map<String, String> values = read(STRING_MAP, json, what);
    return ImmutableMap.copyOf(values);
  }
}
