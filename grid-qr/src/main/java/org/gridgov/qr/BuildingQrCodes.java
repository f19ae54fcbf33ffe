package org.gridgov.qr;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.gridgov.core.grid.GridCode;
import org.gridgov.core.grid.GridTree;
import org.gridgov.core.household.Household;
import org.gridgov.core.internal.AtomicFiles;
import org.gridgov.core.progress.Progress;
import org.gridgov.events.intake.BuildingLinks;

/**
 * The QR codes of every building of a community (一码扫楼): for each building that households name, its
 * grid, its signed report link and the name of its PNG file; and the buildings that get no code,
 * with why.
 *
 * <p>A building's grid is the grid most of its households are assigned to (a household assigned to
 * two grids counts for both; a tie goes to the smaller code), as the event locator decides. A
 * building none of whose households is assigned to any grid gets no code: its link would name no
 * grid.
 *
 * <p>File names: a building id made of ASCII letters and digits, with {@code .}, {@code _} and
 * {@code -} inside, is used as it is ({@code B01.png}). Any other id (Chinese characters, spaces,
 * slashes, a Windows device name such as {@code CON}) has each character but letters, digits,
 * {@code _} and {@code -} replaced by {@code _}, is cut to 64 characters, and gets a hyphen and the
 * first 12 hex digits of the SHA-256 of the id, so that distinct ids never share a file: {@code
 * 1栋/2单元} becomes {@code 1__2__-<hash>.png}. Ids that differ only in case are hashed too, since
 * Windows and macOS file systems would fold them into one file. {@code links.csv} maps every id to
 * its file.
 *
 * @param codes one per building with a grid, in the order the households file first names them
 * @param skipped buildings with no code, with the reason
 */
public record BuildingQrCodes(ImmutableList<Code> codes, ImmutableList<Skipped> skipped) {

  /** The name of the index file written beside the images. */
  public static final String LINKS_FILE = "links.csv";

  /** The header of {@code links.csv}, a public contract. */
  public static final String LINKS_HEADER = "building_id,grid_code,link,file";

  private static final Pattern SAFE =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9_-])?");
  private static final Pattern WINDOWS_DEVICE =
      Pattern.compile("(?i)(?:CON|PRN|AUX|NUL|COM[1-9]|LPT[1-9])(?:\\..*)?");

  /**
   * Validates the parts.
   *
   * @throws IllegalArgumentException if two codes share a file name, folding case
   */
  public BuildingQrCodes {
    requireNonNull(codes, "codes");
    requireNonNull(skipped, "skipped");
    Set<String> files = new HashSet<>();
    for (Code c : codes) {
      if (!files.add(c.file().toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException("two codes share the file name " + c.file());
      }
    }
  }

  /**
   * One building's code.
   *
   * @param buildingId the building
   * @param grid its grid
   * @param link its signed report link
   * @param file the name of its PNG file, e.g. {@code B01.png}
   */
  public record Code(String buildingId, GridCode grid, URI link, String file) {
    /** Validates the parts. */
    public Code {
      requireNonNull(buildingId, "buildingId");
      requireNonNull(grid, "grid");
      requireNonNull(link, "link");
      requireNonNull(file, "file");
    }
  }

  /**
   * A building that gets no code.
   *
   * @param buildingId the building
   * @param reason why, for people
   */
  public record Skipped(String buildingId, String reason) {
    /** Validates the parts. */
    public Skipped {
      requireNonNull(buildingId, "buildingId");
      requireNonNull(reason, "reason");
    }
  }

  /**
   * The codes of every building the tree's households name.
   *
   * @param tree the community
   * @param links signs the links
   */
  public static BuildingQrCodes of(GridTree tree, BuildingLinks links) {
    requireNonNull(tree, "tree");
    requireNonNull(links, "links");
    // Per building, its households' grids counted; TreeMap so that ties go to the smaller code.
    Map<String, TreeMap<GridCode, Integer>> grids = new LinkedHashMap<>();
    for (Household h : tree.households()) {
      if (h.buildingId().isEmpty()) {
        continue;
      }
      TreeMap<GridCode, Integer> counts =
          grids.computeIfAbsent(h.buildingId().get(), k -> new TreeMap<>());
      for (GridCode g : tree.gridsOf(h.id())) {
        counts.merge(g, 1, Integer::sum);
      }
    }
    Map<String, String> names = fileNames(grids.keySet());
    ImmutableList.Builder<Code> codes = ImmutableList.builder();
    ImmutableList.Builder<Skipped> skipped = ImmutableList.builder();
    grids.forEach(
        (building, counts) -> {
          if (counts.isEmpty()) {
            skipped.add(new Skipped(building, "none of its households is assigned to a grid"));
            return;
          }
          GridCode best = counts.firstKey();
          for (Map.Entry<GridCode, Integer> e : counts.entrySet()) {
            if (e.getValue() > requireNonNull(counts.get(best))) {
              best = e.getKey();
            }
          }
          codes.add(
              new Code(building, best, links.link(building, best), names.get(building) + ".png"));
        });
    return new BuildingQrCodes(codes.build(), skipped.build());
  }

  /**
   * Writes one PNG per code and {@code links.csv} into {@code dir}, each in full to a temporary
   * file first; only when all are written are they moved into place, {@code links.csv} last. Files
   * of buildings no longer listed, left from an earlier run, are not removed: {@code links.csv} is
   * the list.
   *
   * @param dir the directory, created if needed
   * @param progress told the number of images written so far of all, after each one (task {@code
   *     writing QR codes})
   * @throws UncheckedIOException if the directory cannot be written
   */
  public void write(Path dir, Progress progress) {
    requireNonNull(dir, "dir");
    requireNonNull(progress, "progress");
    Map<String, AtomicFiles.ByteContent> files = new LinkedHashMap<>();
    int[] done = {0};
    for (Code c : codes) {
      // Rendered only when its turn comes, so that memory does not grow with the community.
      files.put(
          c.file(),
          out -> {
            QrImages.writePng(c.link(), c.buildingId() + "   " + c.grid().value(), out);
            progress.update("writing QR codes", ++done[0], codes.size());
          });
    }
    List<String> lines = new ArrayList<>(codes.size() + 1);
    lines.add(LINKS_HEADER);
    for (Code c : codes) {
      lines.add(
          csv(c.buildingId())
              + ","
              + c.grid().value()
              + ","
              + csv(c.link().toString())
              + ","
              + csv(c.file()));
    }
    files.put(LINKS_FILE, AtomicFiles.utf8(AtomicFiles.lines(lines)));
    AtomicFiles.writeBytes(dir, files);
  }

  /** Writes as {@link #write(Path, Progress)} does, without progress. */
  public void write(Path dir) {
    write(dir, Progress.NONE);
  }

  /**
   * The file name (without {@code .png}) of each building id; distinct even when case is folded.
   */
  static Map<String, String> fileNames(Iterable<String> buildingIds) {
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> folded = new HashMap<>();
    for (String id : buildingIds) {
      String name = isSafe(id) ? id : hashed(id);
      names.put(id, name);
      folded.merge(name.toLowerCase(Locale.ROOT), 1, Integer::sum);
    }
    names.replaceAll(
        (id, name) ->
            requireNonNull(folded.get(name.toLowerCase(Locale.ROOT))) > 1 ? hashed(id) : name);
    return names;
  }

  private static boolean isSafe(String id) {
    return SAFE.matcher(id).matches() && !WINDOWS_DEVICE.matcher(id).matches();
  }

  private static String hashed(String id) {
    StringBuilder sb = new StringBuilder();
    id.codePoints()
        .limit(64)
        .forEach(
            c -> {
              boolean keep =
                  (c >= 'A' && c <= 'Z')
                      || (c >= 'a' && c <= 'z')
                      || (c >= '0' && c <= '9')
                      || c == '_'
                      || c == '-';
              sb.append(keep ? (char) c : '_');
            });
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return sb + "-" + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available: " + e, e); // every JDK has it
    }
  }

  private static String csv(String s) {
    boolean quote =
        s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }
}
