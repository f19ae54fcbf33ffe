package org.gridgov.spi.protect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.gridgov.core.problem.InvalidInputException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

  private static final String ID = "11010519491231002X";
  private static final String K1 =
      "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
  private static final String K2 =
      "ffeeddccbbaa99887766554433221100ffeeddccbbaa99887766554433221100";
  private static final String INDEX =
      "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

  private static FieldCipher cipher(String text) {
    return FieldCipher.of(KeyFile.parse(text, "test"));
  }

  @Test
  @DisplayName("a value round-trips, carries its key id, and never shows in the clear")
  void roundTrip() {
    FieldCipher c = cipher("current=k1\nk1=" + K1 + "\nindex=" + INDEX + "\n");
    String stored = c.encrypt("id_number", ID);
    assertThat(stored).startsWith("gg1:k1:").doesNotContain(ID).doesNotContain("1949");
    assertThat(FieldCipher.isProtected(stored)).isTrue();
    assertThat(c.decrypt("id_number", stored)).isEqualTo(ID);
    // A random nonce each time: equal values do not give equal ciphertexts.
    assertThat(c.encrypt("id_number", ID)).isNotEqualTo(stored);
  }

  @Test
  @DisplayName("an altered ciphertext, or one moved to another field, is refused")
  void tamper() {
    FieldCipher c = cipher("current=k1\nk1=" + K1 + "\nindex=" + INDEX + "\n");
    String stored = c.encrypt("phone", "13800138000");
    char last = stored.charAt(stored.length() - 3);
    String altered =
        stored.substring(0, stored.length() - 3)
            + (last == 'A' ? 'B' : 'A')
            + stored.substring(stored.length() - 2);
    assertThatThrownBy(() -> c.decrypt("phone", altered))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("altered");
    assertThatThrownBy(() -> c.decrypt("id_number", stored))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("13800138000");
  }

  @Test
  @DisplayName("after a rotation old values still read, new ones use the new key, stale is told")
  void rotation() {
    FieldCipher before = cipher("current=k1\nk1=" + K1 + "\nindex=" + INDEX + "\n");
    String old = before.encrypt("id_number", ID);
    FieldCipher after = cipher("current=k2\nk1=" + K1 + "\nk2=" + K2 + "\nindex=" + INDEX + "\n");
    assertThat(after.decrypt("id_number", old)).isEqualTo(ID);
    assertThat(after.isStale(old)).isTrue();
    String fresh = after.encrypt("id_number", ID);
    assertThat(fresh).startsWith("gg1:k2:");
    assertThat(after.isStale(fresh)).isFalse();
    FieldCipher retired = cipher("current=k2\nk2=" + K2 + "\nindex=" + INDEX + "\n");
    assertThatThrownBy(() -> retired.decrypt("id_number", old)).hasMessageContaining("key k1");
    // The blind index does not change with the encryption key.
    assertThat(after.blindIndex("id_number", ID)).isEqualTo(before.blindIndex("id_number", ID));
  }

  @Test
  @DisplayName("blind indexes: equal values equal, other values or fields differ, 64 hex digits")
  void blindIndex() {
    FieldCipher c = cipher("current=k1\nk1=" + K1 + "\nindex=" + INDEX + "\n");
    String a = c.blindIndex("id_number", ID);
    assertThat(a).matches("[0-9a-f]{64}").isEqualTo(c.blindIndex("id_number", ID));
    assertThat(c.blindIndex("id_number", "110105194912310037")).isNotEqualTo(a);
    assertThat(c.blindIndex("phone", ID)).isNotEqualTo(a);
    FieldCipher other =
        cipher("current=k1\nk1=" + K1 + "\nindex=" + INDEX.replace('0', '1') + "\n");
    assertThat(other.blindIndex("id_number", ID)).isNotEqualTo(a);
  }

  @Test
  @DisplayName("index keys rotate: new indexes carry the key id, look-ups get every key's index")
  void indexKeyRotation() {
    String base = "current=k1\nk1=" + K1 + "\nindex=" + INDEX + "\n";
    FieldCipher before = cipher(base);
    String old = before.blindIndex("id_number", ID);
    FieldCipher after = cipher(base + "index.i2=" + K2 + "\ncurrent_index=i2\n");
    String fresh = after.blindIndex("id_number", ID);
    assertThat(fresh).startsWith("i2:").matches("i2:[0-9a-f]{64}").doesNotContain(old);
    assertThat(after.blindIndexes("id_number", ID)).containsExactly(fresh, old);
    assertThat(after.isIndexStale(old)).isTrue();
    assertThat(after.isIndexStale(fresh)).isFalse();
    assertThat(before.isIndexStale(old)).isFalse();
    FieldCipher retired = cipher("current=k1\nk1=" + K1 + "\nindex.i2=" + K2 + "\n");
    assertThat(retired.blindIndexes("id_number", ID)).containsExactly(fresh);
    assertThatThrownBy(
            () -> KeyFile.parse(base.replace("index=", "index.a=") + "index.b=" + K2, "keys"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("current_index");
    assertThatThrownBy(() -> KeyFile.parse(base + "current_index=zz\n", "keys"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("zz");
  }

  @Test
  @DisplayName("a key file with every kind of fault lists them all, by line, and no key")
  void badKeyFile() {
    String text = "current=k3\nk1=zz!\nk2=0011\nindex=0011\nnonsense\n";
    assertThatThrownBy(() -> KeyFile.parse(text, "keys"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("keys:2")
        .hasMessageContaining("keys:3")
        .hasMessageContaining("keys:4")
        .hasMessageContaining("keys:5")
        .hasMessageContaining("k3")
        .hasMessageNotContaining("zz!");
  }

  @Test
  @DisplayName("a generated key file reads, and two are never the same")
  void generate() {
    String a = KeyFile.generate();
    assertThat(KeyFile.parse(a, "a").currentKeyId()).isEqualTo("k1");
    assertThat(KeyFile.generate()).isNotEqualTo(a);
    assertThat(KeyFile.parse(a, "a").toString()).doesNotContain(a.split("k1=")[1].substring(0, 8));
  }
}
