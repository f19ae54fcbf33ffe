package org.gridgov.interop;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.gridgov.core.event.EventCategory;
import org.gridgov.core.event.EventSeverity;
import org.gridgov.core.geo.Wgs84;
import org.gridgov.core.internal.Checks;
import org.gridgov.core.internal.CsvWriter;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A public warning (预警信息) for an area incident of grade I, II or III as an OASIS Common Alerting
 * Protocol 1.2 message (http://docs.oasis-open.org/emergency/cap/v1.2/CAP-v1.2-os.html): one {@code
 * alert} with one {@code info} block in Chinese ({@code zh-CN}) and one {@code area}. Immutable;
 * make one with {@link #builder(String, String, OffsetDateTime)} and write it with {@link
 * #write(OutputStream)}. The XML is valid against the CAP 1.2 schema; the mapping of our categories
 * and grades is in {@code docs/interop.md}.
 *
 * <p>Grade IV and routine matters are not for public warning: the grid handles them, so the builder
 * refuses them.
 */
public final class CapAlert {

  /** The XML namespace of CAP 1.2. */
  public static final String NAMESPACE = "urn:oasis:names:tc:emergency:cap:1.2";

  /** The largest radius of a circle: half the earth's circumference, in kilometres. */
  public static final double MAX_RADIUS_KM = 20_015;

  /** The {@code valueName} of the {@code eventCode} that carries our category code. */
  public static final String CATEGORY_CODE_NAME = "gridgov-category";

  /** CAP times: seconds, no fraction, a numeric offset (CAP 1.2 §3.3.2 forbids "Z"). */
  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

  private final String identifier;
  private final String sender;
  private final OffsetDateTime sent;
  private final Status status;
  private final MsgType msgType;
  private final ImmutableList<String> references;
  private final EventCategory category;
  private final Severity severity;
  private final Urgency urgency;
  private final Certainty certainty;
  private final Optional<OffsetDateTime> expires;
  private final Optional<String> headline;
  private final Optional<String> description;
  private final Optional<String> instruction;
  private final String areaDesc;
  private final ImmutableList<String> polygons;
  private final Optional<String> circle;

  private CapAlert(Builder b, Status status, EventCategory category, Severity severity) {
    this.identifier = b.identifier;
    this.sender = b.sender;
    this.sent = b.sent;
    this.status = status;
    this.msgType = b.msgType;
    this.references = ImmutableList.copyOf(b.references);
    this.category = category;
    this.severity = severity;
    this.urgency = requireNonNull(b.urgency);
    this.certainty = requireNonNull(b.certainty);
    this.expires = b.expires;
    this.headline = b.headline;
    this.description = b.description;
    this.instruction = b.instruction;
    this.areaDesc = requireNonNull(b.areaDesc);
    this.polygons = ImmutableList.copyOf(b.polygons);
    this.circle = b.circle;
  }

  /**
   * Starts an alert.
   *
   * @param identifier the message's id, unique for the sender; no spaces, commas, {@code <} or
   *     {@code &}
   * @param sender who sends it, e.g. {@code yingmenkou@jinniu.gov.cn} or a URI of the street
   *     office; the same characters are refused
   * @param sent when it is sent; written to the second, with its offset
   * @throws IllegalArgumentException saying what is wrong with an argument
   */
  public static Builder builder(String identifier, String sender, OffsetDateTime sent) {
    return new Builder(identifier, sender, sent);
  }

  /** The message's id. */
  public String identifier() {
    return identifier;
  }

  /** The CAP severity the grade maps to. */
  public Severity severity() {
    return severity;
  }

  /** The CAP category of the incident's category. */
  public Category category() {
    return Category.of(category).orElseThrow();
  }

  /**
   * Writes the alert as UTF-8 XML.
   *
   * @param out where to write; flushed, not closed
   * @throws UncheckedIOException if {@code out} fails
   */
  public void write(OutputStream out) {
    requireNonNull(out, "out");
    try {
      // The JDK's own writer, not whichever StAX library the class path brings (Aalto, from the
      // CLI's .xlsx reader, would be found first and writes differently).
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(NAMESPACE);
      w.writeStartElement(NAMESPACE, "alert");
      w.writeDefaultNamespace(NAMESPACE);
      Xml x = new Xml(w);
      // The order of the elements is the schema's sequence; a reordering makes the XML invalid.
      x.leaf("identifier", identifier);
      x.leaf("sender", sender);
      x.leaf("sent", capTime(sent));
      x.leaf("status", status.code());
      x.leaf("msgType", msgType.code());
      x.leaf("scope", "Public");
      if (!references.isEmpty()) {
        x.leaf("references", String.join(" ", references));
      }
      x.open("info");
      x.leaf("language", "zh-CN");
      x.leaf("category", category().code());
      x.leaf("event", category.nameZh());
      x.leaf("urgency", urgency.code());
      x.leaf("severity", severity.code());
      x.leaf("certainty", certainty.code());
      x.open("eventCode");
      x.leaf("valueName", CATEGORY_CODE_NAME);
      x.leaf("value", category.code());
      x.close();
      if (expires.isPresent()) {
        x.leaf("expires", capTime(expires.get()));
      }
      if (headline.isPresent()) {
        x.leaf("headline", headline.get());
      }
      if (description.isPresent()) {
        x.leaf("description", description.get());
      }
      if (instruction.isPresent()) {
        x.leaf("instruction", instruction.get());
      }
      x.open("area");
      x.leaf("areaDesc", areaDesc);
      for (String p : polygons) {
        x.leaf("polygon", p);
      }
      if (circle.isPresent()) {
        x.leaf("circle", circle.get());
      }
      x.close();
      x.close();
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.flush();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(
          "cannot write CAP alert " + identifier, new java.io.IOException(e.getMessage(), e));
    }
  }

  /** The alert as XML text. */
  public String toXml() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return "CAP alert " + identifier + " (" + category.code() + ", " + severity.code() + ")";
  }

  /** Indents as it writes, so that a person can read the alert. */
  private static final class Xml {
    private final XMLStreamWriter w;
    private int depth = 1;

    Xml(XMLStreamWriter w) {
      this.w = w;
    }

    void open(String name) throws XMLStreamException {
      indent();
      w.writeStartElement(NAMESPACE, name);
      depth++;
    }

    void close() throws XMLStreamException {
      depth--;
      indent();
      w.writeEndElement();
    }

    void leaf(String name, String text) throws XMLStreamException {
      indent();
      w.writeStartElement(NAMESPACE, name);
      w.writeCharacters(text);
      w.writeEndElement();
    }

    private void indent() throws XMLStreamException {
      w.writeCharacters("\n" + "  ".repeat(depth));
    }
  }

  /**
   * A time as CAP writes it: {@code 2026-03-01T10:00:00+08:00}; UTC as {@code -00:00}, as CAP
   * requires.
   */
  static String capTime(OffsetDateTime t) {
    String offset = t.getOffset().equals(ZoneOffset.UTC) ? "-00:00" : t.getOffset().getId();
    return LOCAL.format(t) + offset;
  }

  /** The {@code status} of an alert: whether it is real. */
  public enum Status {
    /** Actionable by all targeted recipients. */
    ACTUAL("Actual"),
    /** A drill (演练): only its designated participants act on it. */
    EXERCISE("Exercise"),
    /** A technical test, to be discarded by all recipients. */
    TEST("Test");

    private final String code;

    Status(String code) {
      this.code = code;
    }

    /** The value CAP writes, e.g. {@code Actual}. */
    public String code() {
      return code;
    }
  }

  /** The {@code msgType}: a first alert, or one that updates or cancels earlier ones. */
  public enum MsgType {
    /** A first alert. */
    ALERT("Alert"),
    /** Updates and supersedes the alerts it references. */
    UPDATE("Update"),
    /** Cancels the alerts it references. */
    CANCEL("Cancel");

    private final String code;

    MsgType(String code) {
      this.code = code;
    }

    /** The value CAP writes, e.g. {@code Alert}. */
    public String code() {
      return code;
    }
  }

  /** The {@code urgency}: how soon people should act. */
  public enum Urgency {
    /** Act now. */
    IMMEDIATE("Immediate"),
    /** Act soon, within the next hour. */
    EXPECTED("Expected");

    private final String code;

    Urgency(String code) {
      this.code = code;
    }

    /** The value CAP writes, e.g. {@code Immediate}. */
    public String code() {
      return code;
    }
  }

  /** The {@code certainty}: whether the incident is seen or expected. */
  public enum Certainty {
    /** Determined to have occurred or to be under way. */
    OBSERVED("Observed"),
    /** Likely (probability above about 50 %). */
    LIKELY("Likely");

    private final String code;

    Certainty(String code) {
      this.code = code;
    }

    /** The value CAP writes, e.g. {@code Observed}. */
    public String code() {
      return code;
    }
  }

  /** The CAP {@code severity}, mapped from the grades of the Emergency Response Law. */
  public enum Severity {
    /** Extraordinary threat to life or property: grade I (特别重大). */
    EXTREME("Extreme"),
    /** Significant threat to life or property: grade II (重大). */
    SEVERE("Severe"),
    /** Possible threat to life or property: grade III (较大). */
    MODERATE("Moderate");

    private final String code;

    Severity(String code) {
      this.code = code;
    }

    /** The value CAP writes, e.g. {@code Extreme}. */
    public String code() {
      return code;
    }

    /**
     * The CAP severity of a grade.
     *
     * @throws IllegalArgumentException for grade IV and routine matters, which are not for public
     *     warning
     */
    public static Severity of(EventSeverity grade) {
      return switch (requireNonNull(grade, "grade")) {
        case I -> EXTREME;
        case II -> SEVERE;
        case III -> MODERATE;
        case IV, ROUTINE ->
            throw new IllegalArgumentException(
                "a CAP alert is only for grades I–III (i, ii, iii), not "
                    + grade.code()
                    + ": the grid handles the rest without a public warning");
      };
    }
  }

  /** The CAP {@code category} of an incident. */
  public enum Category {
    /** Geophysical, landslide included. */
    GEO("Geo"),
    /** Meteorological, flood included. */
    MET("Met"),
    /** General emergency and public safety. */
    SAFETY("Safety"),
    /** Law enforcement, military, homeland and local/private security. */
    SECURITY("Security"),
    /** Rescue and recovery. */
    RESCUE("Rescue"),
    /** Fire suppression and rescue. */
    FIRE("Fire"),
    /** Medical and public health. */
    HEALTH("Health"),
    /** Pollution and other environmental. */
    ENV("Env"),
    /** Public and private transportation. */
    TRANSPORT("Transport"),
    /** Utility, telecommunication, other non-transport infrastructure. */
    INFRA("Infra"),
    /** Chemical, biological, radiological, nuclear or high-yield explosive threat or attack. */
    CBRNE("CBRNE"),
    /** Other events. */
    OTHER("Other");

    private final String code;

    Category(String code) {
      this.code = code;
    }

    /** The value CAP writes, e.g. {@code Met}. */
    public String code() {
      return code;
    }

    /**
     * The CAP category of one of ours; empty for the service matters that never become an emergency
     * (a dispute, special-group care, a micro wish), which are not for public warning.
     */
    public static Optional<Category> of(EventCategory c) {
      return Optional.ofNullable(
          switch (requireNonNull(c, "category")) {
            case DISASTER_EARTHQUAKE, DISASTER_LANDSLIDE -> GEO;
            // CAP counts floods as meteorological; most floods here follow rainstorms.
            case DISASTER_FLOOD, DISASTER_WEATHER -> MET;
            case SAFETY_FIRE -> FIRE;
            case SAFETY_GAS, SAFETY_ELECTRICITY, SAFETY_STRUCTURE -> SAFETY;
            case FACILITY_DAMAGE -> INFRA;
            case CONSTRUCTION_ILLEGAL -> OTHER;
            case SECURITY_PUBLIC, INCIDENT_PERSONAL_EXTREME, INCIDENT_MASS -> SECURITY;
            case HEALTH_PUBLIC -> HEALTH;
            case DISPUTE_NEIGHBOUR, CARE_SPECIAL_GROUP, WISH_MICRO -> null;
          });
    }
  }

  /**
   * Builds a {@link CapAlert}. Each setter checks its argument at once; {@link #build()} says what
   * is still missing.
   */
  public static final class Builder {
    private final String identifier;
    private final String sender;
    private final OffsetDateTime sent;
    private @Nullable Status status;
    private MsgType msgType = MsgType.ALERT;
    private final List<String> references = new ArrayList<>();
    private @Nullable EventCategory category;
    private @Nullable Severity severity;
    private @Nullable Urgency urgency;
    private @Nullable Certainty certainty;
    private Optional<OffsetDateTime> expires = Optional.empty();
    private Optional<String> headline = Optional.empty();
    private Optional<String> description = Optional.empty();
    private Optional<String> instruction = Optional.empty();
    private @Nullable String areaDesc;
    private final List<String> polygons = new ArrayList<>();
    private Optional<String> circle = Optional.empty();

    private Builder(String identifier, String sender, OffsetDateTime sent) {
      this.identifier = token(identifier, "identifier");
      this.sender = token(sender, "sender");
      this.sent = time(sent, "sent");
    }

    /**
     * Sets whether the alert is real, a drill or a test. Required, with no default: a drill taken
     * for the real thing, or the reverse, is the worst mistake an alert can make.
     */
    public Builder status(Status status) {
      this.status = requireNonNull(status, "status");
      return this;
    }

    /** Sets the message type; {@link MsgType#ALERT} by default. */
    public Builder msgType(MsgType msgType) {
      this.msgType = requireNonNull(msgType, "msgType");
      return this;
    }

    /**
     * Adds an earlier alert this one updates or cancels (required for those message types).
     *
     * @throws IllegalArgumentException if the sender or identifier holds a space, comma, {@code <}
     *     or {@code &}
     */
    public Builder references(String sender, String identifier, OffsetDateTime sent) {
      references.add(
          token(sender, "referenced sender")
              + ","
              + token(identifier, "referenced identifier")
              + ","
              + capTime(time(sent, "referenced sent")));
      return this;
    }

    /**
     * Sets what the incident is and its grade: the {@code category}, {@code event} (the category's
     * Chinese name), {@code eventCode} and {@code severity}.
     *
     * @throws IllegalArgumentException for grade IV or routine, or a category that never becomes an
     *     emergency
     */
    public Builder hazard(EventCategory category, EventSeverity grade) {
      requireNonNull(category, "category");
      Severity s = Severity.of(grade);
      if (Category.of(category).isEmpty()) {
        throw new IllegalArgumentException(
            "category "
                + category.code()
                + " is not an emergency category (it has no GB/T 35561 class), so it has no CAP"
                + " alert; classify the incident under an emergency category, e.g. incident.mass");
      }
      this.category = category;
      this.severity = s;
      return this;
    }

    /** Sets how soon people should act. */
    public Builder urgency(Urgency urgency) {
      this.urgency = requireNonNull(urgency, "urgency");
      return this;
    }

    /** Sets whether the incident is observed or likely. */
    public Builder certainty(Certainty certainty) {
      this.certainty = requireNonNull(certainty, "certainty");
      return this;
    }

    /**
     * Sets when the alert stops applying.
     *
     * @throws IllegalArgumentException if not after the sent time
     */
    public Builder expires(OffsetDateTime expires) {
      OffsetDateTime t = time(expires, "expires");
      if (!t.isAfter(sent)) {
        throw new IllegalArgumentException(
            "expires " + capTime(t) + " must be after sent " + capTime(sent));
      }
      this.expires = Optional.of(t);
      return this;
    }

    /** Sets the headline, a short text for a phone's screen (CAP advises under 160 characters). */
    public Builder headline(String headline) {
      this.headline = Optional.of(text(headline, "headline"));
      return this;
    }

    /** Sets the description of the incident. */
    public Builder description(String description) {
      this.description = Optional.of(text(description, "description"));
      return this;
    }

    /** Sets what people should do. */
    public Builder instruction(String instruction) {
      this.instruction = Optional.of(text(instruction, "instruction"));
      return this;
    }

    /**
     * Sets the area as polygons: a Polygon gives one {@code polygon}, a MultiPolygon one per part.
     * CAP cannot express holes, so each polygon is its exterior ring; the warned area is then
     * larger than the incident, never smaller.
     *
     * @param areaDesc the area in words, e.g. the communities and streets it covers
     * @param area a valid Polygon or MultiPolygon in WGS 84 longitude/latitude
     * @throws IllegalArgumentException if the area is not one, or an area was already set
     */
    public Builder area(String areaDesc, Geometry area) {
      requireNonNull(area, "area");
      String desc = text(areaDesc, "areaDesc");
      noAreaYet();
      Optional<String> problem = Wgs84.boundaryProblem(area);
      if (problem.isPresent()) {
        throw new IllegalArgumentException("the alert area: " + problem.get());
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < area.getNumGeometries(); i++) {
        Polygon part = (Polygon) area.getGeometryN(i);
        StringBuilder sb = new StringBuilder();
        // CAP writes latitude first, unlike GeoJSON and JTS (x = longitude).
        for (Coordinate c : part.getExteriorRing().getCoordinates()) {
          if (sb.length() > 0) {
            sb.append(' ');
          }
          sb.append(degrees(c.y)).append(',').append(degrees(c.x));
        }
        out.add(sb.toString());
      }
      this.areaDesc = desc;
      polygons.addAll(out);
      return this;
    }

    /**
     * Sets the area as a circle around a point, for a fire or an explosion.
     *
     * @param areaDesc the area in words
     * @param centre the centre, WGS 84 longitude/latitude
     * @param radiusKm the radius in kilometres, above 0
     * @throws IllegalArgumentException if the centre is empty or out of range, the radius not
     *     positive, or an area was already set
     */
    public Builder circle(String areaDesc, Point centre, double radiusKm) {
      requireNonNull(centre, "centre");
      String desc = text(areaDesc, "areaDesc");
      noAreaYet();
      if (centre.isEmpty()) {
        throw new IllegalArgumentException("the circle's centre is an empty point");
      }
      Wgs84.checkLonLat(centre.getX(), centre.getY());
      if (!(radiusKm > 0) || !(radiusKm <= MAX_RADIUS_KM)) {
        throw new IllegalArgumentException(
            "the circle's radius must be a positive number of kilometres up to "
                + MAX_RADIUS_KM
                + " (half the earth's circumference: a larger circle covers the earth), not "
                + radiusKm);
      }
      this.areaDesc = desc;
      this.circle =
          Optional.of(
              degrees(centre.getY()) + "," + degrees(centre.getX()) + " " + number(radiusKm));
      return this;
    }

    /**
     * Builds the alert.
     *
     * @throws IllegalStateException naming every required part still missing: status, hazard,
     *     urgency, certainty, area, and for an update or a cancellation the references
     */
    public CapAlert build() {
      List<String> missing = new ArrayList<>();
      if (status == null) {
        missing.add("status (actual, exercise or test)");
      }
      if (category == null || severity == null) {
        missing.add("hazard (category and grade)");
      }
      if (urgency == null) {
        missing.add("urgency");
      }
      if (certainty == null) {
        missing.add("certainty");
      }
      if (areaDesc == null) {
        missing.add("area (polygons or a circle)");
      }
      if (msgType != MsgType.ALERT && references.isEmpty()) {
        missing.add(
            "references (the alert this " + msgType.code().toLowerCase(Locale.ROOT) + " is about)");
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException(
            "CAP alert " + identifier + " is missing " + String.join(", ", missing));
      }
      return new CapAlert(
          this, requireNonNull(status), requireNonNull(category), requireNonNull(severity));
    }

    private void noAreaYet() {
      if (areaDesc != null) {
        throw new IllegalArgumentException(
            "the area was already set to \"" + areaDesc + "\"; an alert has one area");
      }
    }
  }

  /**
   * An identifier or sender: CAP forbids spaces, commas and the XML-restricted {@code <} and {@code
   * &}, because references join them with commas and spaces; and XML 1.0 cannot carry every
   * character ({@link #xmlProblem}).
   */
  private static String token(String value, String what) {
    requireNonNull(value, what);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    xmlProblem(value)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(what + " " + p);
            });
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (Character.isWhitespace(ch) || ch == ',' || ch == '<' || ch == '&') {
        throw new IllegalArgumentException(
            what
                + " \""
                + Checks.printable(value)
                + "\" must not contain spaces, commas, < or & (CAP 1.2), found "
                + (Character.isWhitespace(ch) ? "a space" : "'" + ch + "'")
                + " at position "
                + (i + 1));
      }
    }
    return value;
  }

  /**
   * Free text: not blank, every character one XML 1.0 can carry, line ends as {@code \n} (a {@code
   * \r} written raw is read back by every XML parser as {@code \n} anyway, so the text would not
   * survive a round trip).
   */
  private static String text(String value, String what) {
    requireNonNull(value, what);
    String s = value.replace("\r\n", "\n").replace('\r', '\n').strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    xmlProblem(s)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(what + " " + p);
            });
    return s;
  }

  /**
   * Why {@code s} cannot be written as XML 1.0 character data, if it cannot: a control character
   * other than tab and line feed, U+FFFE or U+FFFF (XML 1.0's {@code Char} production leaves them
   * out, and xmllint refuses them), or a surrogate without its pair (it has no character at all; an
   * encoder would silently replace it or merge it with its neighbour).
   */
  static Optional<String> xmlProblem(String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (Character.isHighSurrogate(ch)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
        continue;
      }
      boolean bad =
          Character.isSurrogate(ch)
              || ch == 0xFFFE
              || ch == 0xFFFF
              || (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r');
      if (bad) {
        return Optional.of(
            "contains "
                + (Character.isSurrogate(ch) ? "an unpaired surrogate " : "")
                + String.format(Locale.ROOT, "U+%04X", (int) ch)
                + " at position "
                + (i + 1)
                + ", which XML 1.0 cannot carry");
      }
    }
    return Optional.empty();
  }

  /** A time to the second; an offset with seconds has no CAP form. */
  private static OffsetDateTime time(OffsetDateTime t, String what) {
    requireNonNull(t, what);
    if (t.getOffset().getTotalSeconds() % 60 != 0) {
      throw new IllegalArgumentException(
          what + " has offset " + t.getOffset() + "; CAP writes offsets in hours and minutes");
    }
    return t.truncatedTo(ChronoUnit.SECONDS);
  }

  /** A coordinate: plain decimal of at most 7 places, about a centimetre. */
  private static String degrees(double d) {
    return CsvWriter.decimal(d);
  }

  /**
   * Plain decimal, never the exponent form {@code 1.0E-4} that {@link Double#toString} can give.
   */
  private static String number(double d) {
    return BigDecimal.valueOf(d).toPlainString();
  }
}
