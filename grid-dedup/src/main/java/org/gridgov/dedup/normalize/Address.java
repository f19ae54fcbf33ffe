package org.gridgov.dedup.normalize;

import static java.util.Objects.requireNonNull;

/**
 * An address split into its parts, each {@code ""} when the address does not give it. Produced by
 * {@link Addresses#parse}; building, unit, floor and room are plain digits.
 *
 * @param province province, autonomous region or municipality (省, 自治区, 北京市 …)
 * @param city prefecture-level city (市, 自治州, 地区, 盟)
 * @param district district or county (区, 县, 旗, county-level 市)
 * @param street street office or township (街道, 镇, 乡)
 * @param community residents' community or village (社区, 村)
 * @param estate housing estate as written, or road and number (芳华小区, 玉林北路12号), or both
 *     (草堂路95号蜀都小区); keys drop a trailing 小区, which records write or leave out, and a road before a
 *     name
 * @param building building number (栋, 幢, 号楼, 座)
 * @param unit unit (entrance) number (单元)
 * @param floor floor (楼, 层), given or read from a room number of three or more digits
 * @param room room number with its floor ({@code 401}); {@code 4楼1号} becomes {@code 401}
 */
public record Address(
    String province,
    String city,
    String district,
    String street,
    String community,
    String estate,
    String building,
    String unit,
    String floor,
    String room) {

  /** Validates the parts. */
  public Address {
    requireNonNull(province, "province");
    requireNonNull(city, "city");
    requireNonNull(district, "district");
    requireNonNull(street, "street");
    requireNonNull(community, "community");
    requireNonNull(estate, "estate");
    requireNonNull(building, "building");
    requireNonNull(unit, "unit");
    requireNonNull(floor, "floor");
    requireNonNull(room, "room");
  }

  /** Whether no part was recognised. */
  public boolean isEmpty() {
    return key().isEmpty() && province.isEmpty() && city.isEmpty() && district.isEmpty();
  }

  /**
   * The dwelling: estate, building, unit and room, joined by {@code |}; {@code ""} without an
   * estate or a room. Two records with the same dwelling key live at the same door.
   */
  public String dwellingKey() {
    String e = estateName();
    if (e.isEmpty() || room.isEmpty()) {
      return "";
    }
    return e + "|" + building + "|" + unit + "|" + room;
  }

  /**
   * The estate as keys name it: without a trailing 小区; a bare street number ({@code 36号}) only with
   * its community ({@code 锦官社区36号}); with no estate, a community written as the place itself, with
   * no street before it ({@code 中海国际社区5栋}: an estate named 社区) — under a street a 社区 is the
   * residents' committee, which holds several estates, and gives no estate.
   */
  private String estateName() {
    if (Addresses.isVillage(community)) {
      // A village is a place, under a town or not: its group (7组) or numbered lane (西坊3巷)
      // tells its parts apart.
      return estate.endsWith("组") || estate.endsWith("巷")
          ? community + estate
          : estate.isEmpty() ? community : estate;
    }
    if (estate.isEmpty()) {
      return street.isEmpty() ? community : "";
    }
    if (Addresses.isStreetNumber(estate) || Addresses.isCourtyardNumber(estate)) {
      return community.isEmpty() ? "" : community + estate;
    }
    int road = Addresses.roadNumberEnd(estate);
    if (road > 0 && road < estate.length()) {
      // 猛追湾街188号桂花小区 is 桂花小区, as records that leave out the road write it.
      return Addresses.trimEstate(estate.substring(road));
    }
    return Addresses.trimEstate(estate);
  }

  /**
   * The flat without its estate: building, unit and room joined by {@code |}; {@code ""} without a
   * building or a room. Records written by a place's own staff (a property company's rows, a
   * building's door-access system) leave the estate out: {@code 13栋1单元1102}.
   */
  public String flatKey() {
    if (building.isEmpty() || room.isEmpty()) {
      return "";
    }
    return building + "|" + unit + "|" + room;
  }

  /**
   * The dwelling by road and number instead of the estate's name: road and number, building, unit
   * and room joined by {@code |}; {@code ""} when the estate is not given with its road and number,
   * or there is no room. {@code 草堂路95号蜀都小区5栋2单元601} and {@code 草堂路95号5幢2单元601室} have different
   * {@link #dwellingKey}s (蜀都 and the road) and the same road key.
   */
  public String roadKey() {
    int road = Addresses.roadNumberEnd(estate);
    if (road < 0 || room.isEmpty()) {
      return "";
    }
    return estate.substring(0, road) + "|" + building + "|" + unit + "|" + room;
  }

  /**
   * The building: estate and building number joined by {@code |}; {@code ""} without either. Two
   * records with the same building key live in one building, perhaps not at one door. In a village,
   * the villager group ({@code 凤凰村7组}).
   */
  public String buildingKey() {
    String e = estateName();
    if (building.isEmpty() && Addresses.isVillage(community) && estate.endsWith("组")) {
      return e; // a villager group, some tens of households: a village's building
    }
    if (e.isEmpty() || building.isEmpty()) {
      return "";
    }
    return e + "|" + building;
  }

  /**
   * Where a person lives, coarsely: the estate (without a trailing 小区), else the residents'
   * community; {@code ""} without either. Blocks a name's reading with the neighbourhood, for
   * records whose flats are written too differently (or not at all) to share a dwelling.
   */
  public String estateKey() {
    String e = estateName();
    return e.isEmpty() ? community : e;
  }

  /** Every part below the district, joined by {@code |}: the canonical form for comparison. */
  public String key() {
    if (street.isEmpty()
        && community.isEmpty()
        && estate.isEmpty()
        && building.isEmpty()
        && room.isEmpty()) {
      return "";
    }
    return street
        + "|"
        + community
        + "|"
        + Addresses.trimEstate(estate)
        + "|"
        + building
        + "|"
        + unit
        + "|"
        + room;
  }

  /** The canonical text of the address, parts in order. */
  public String canonical() {
    StringBuilder b = new StringBuilder();
    b.append(province).append(city).append(district).append(street).append(community);
    b.append(estate);
    if (!building.isEmpty()) {
      b.append(building).append('栋');
    }
    if (!unit.isEmpty()) {
      b.append(unit).append("单元");
    }
    if (!room.isEmpty()) {
      b.append(room).append('室');
    } else if (!floor.isEmpty()) {
      b.append(floor).append('楼');
    }
    return b.toString();
  }
}
