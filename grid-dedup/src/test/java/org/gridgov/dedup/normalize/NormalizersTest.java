package org.gridgov.dedup.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.gridgov.core.identity.Gender;
import org.gridgov.core.identity.ResidentIdNumber;
import org.gridgov.dedup.normalize.IdNumbers.Kind;
import org.gridgov.testing.Seeded;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@Seeded
class NormalizersTest {

  @Test
  @DisplayName("text: NFKC turns full-width forms into ASCII and white space into single spaces")
  void text() {
    assertThat(Text.clean("  １３８　１２３４ 5678\t")).isEqualTo("138 1234 5678");
    assertThat(Text.clean("ＡＢＣ")).isEqualTo("ABC");
  }

  @Test
  @DisplayName("phones: +86, 0086, separators and area codes to one form")
  void phones() {
    for (String s :
        List.of(
            "+86 138 1234 5678",
            "0086-13812345678",
            "138-1234-5678",
            "13812345678",
            "86 13812345678",
            "１３８１２３４５６７８")) {
      assertThat(Phones.normalize(s)).as(s).contains("+8613812345678");
    }
    assertThat(Phones.normalize("028-85123456")).contains("+862885123456");
    assertThat(Phones.normalize("(028)85123456")).contains("+862885123456");
    assertThat(Phones.normalize("0086 28 85123456")).contains("+862885123456");
    assertThat(Phones.normalize("0816-2234567")).contains("+868162234567");
    assertThat(Phones.normalize("85123456")).contains("85123456");
    assertThat(Phones.normalize("12345")).isEmpty();
    assertThat(Phones.normalize("call me")).isEmpty();
    assertThat(Phones.local("+862885123456")).isEqualTo("85123456");
  }

  @Test
  @DisplayName("birth dates in every common form")
  void dates() {
    LocalDate d = LocalDate.of(1980, 1, 2);
    for (String s :
        List.of(
            "1980-01-02",
            "1980/1/2",
            "19800102",
            "1980年1月2日",
            "1980.01.02",
            "１９８０－０１－０２",
            "1980年01月02日")) {
      assertThat(BirthDates.parse(s)).as(s).contains(d);
    }
    assertThat(BirthDates.parse("1980-02-30")).isEmpty();
    assertThat(BirthDates.parse("02/01/1980")).isEmpty();
    assertThat(BirthDates.parse("1980")).isEmpty();
    assertThat(BirthDates.parse("")).isEmpty();
    // A spreadsheet's midnight after the date.
    assertThat(BirthDates.parse("1980-01-02 00:00:00")).contains(d);
    assertThat(BirthDates.parse("1980-01-02T00:00")).contains(d);
    assertThat(BirthDates.parse("1980-01-02 noon")).isEmpty();
    // Dates given in part: year and month, or the year alone; whole dates are no partial ones.
    for (String s : List.of("1994.03", "1994-3", "1994年3月", "199403", "1994/03")) {
      assertThat(BirthDates.parsePartial(s)).as(s).isEqualTo(19_940_300);
    }
    assertThat(BirthDates.parsePartial("1956")).isEqualTo(19_560_000);
    assertThat(BirthDates.parsePartial("1956年")).isEqualTo(19_560_000);
    for (String s : List.of("1994-13", "1980-01-02", "1700", "2", "", "1994.03.x", "03/1994")) {
      assertThat(BirthDates.parsePartial(s)).as(s).isZero();
    }
    // A spreadsheet's serial date: five digits, 1899-12-30 plus that many days, up to today.
    assertThat(BirthDates.parse("40257")).contains(LocalDate.of(2010, 3, 20));
    assertThat(BirthDates.parse("29221")).contains(LocalDate.of(1980, 1, 1));
    assertThat(BirthDates.parse("10000")).contains(LocalDate.of(1927, 5, 18));
    assertThat(BirthDates.parse("９９９９")).isEmpty();
    assertThat(BirthDates.parse("99999")).as("after today").isEmpty();
    assertThat(BirthDates.parse("4025")).isEmpty();
    // Ages: a number up to 120, with 岁 or 周岁 or without.
    for (String s : List.of("37", "37岁", "37周岁", " 37 岁", "３７岁")) {
      assertThat(BirthDates.parseAge(s)).as(s).isEqualTo(37);
    }
    assertThat(BirthDates.parseAge("0")).isZero();
    for (String s : List.of("121", "1956", "37年", "岁", "", "3.5", "-3", "37岁半")) {
      assertThat(BirthDates.parseAge(s)).as(s).isEqualTo(-1);
    }
  }

  @Test
  @DisplayName("gender in Chinese, English and GB/T 2261.1 codes")
  void genders() {
    assertThat(List.of("男", "男性", "M", "male", "1", " m "))
        .allSatisfy(s -> assertThat(Genders.parse(s)).contains(Gender.MALE));
    assertThat(List.of("女", "女性", "F", "Female", "2"))
        .allSatisfy(s -> assertThat(Genders.parse(s)).contains(Gender.FEMALE));
    assertThat(Genders.parse("9")).isEmpty();
    assertThat(Genders.parse("")).isEmpty();
  }

  @Test
  @DisplayName(
      "residence permits for Hong Kong, Macao and Taiwan residents and 2023 permanent residence cards are valid identity numbers")
  void otherIdentityNumbers() {
    for (String first17 :
        List.of(
            "81000019900101001", "82000020001231002", "83000019850228003", "93184019780715004")) {
      String id = first17 + ResidentIdNumber.checkCharacter(first17);
      IdNumbers.IdValue value = IdNumbers.normalize(id.toLowerCase(Locale.ROOT)).orElseThrow();
      assertThat(value.kind()).as(first17).isEqualTo(Kind.VALID);
      assertThat(value.value()).isEqualTo(id);
      assertThat(value.parsed().orElseThrow().kind()).isPresent();
      assertThat(value.parsed().orElseThrow().birthDate()).isPresent();
      IdNumbers.IdValue masked =
          IdNumbers.normalize(value.parsed().orElseThrow().masked()).orElseThrow();
      assertThat(masked.kind()).isEqualTo(Kind.MASKED);
      assertThat(masked.compatibleWith(value)).isTrue();
      assertThat(masked.partialKey()).isEqualTo(value.partialKey());
      char wrong = id.charAt(17) == '0' ? '1' : '0';
      assertThat(IdNumbers.normalize(id.substring(0, 17) + wrong).orElseThrow().kind())
          .isEqualTo(Kind.INVALID);
    }
  }

  @Test
  @DisplayName("identity numbers: valid, 15-digit, masked, lower-case x, typos kept as invalid")
  void ids() {
    String valid = "11010519491231002X";
    assertThat(IdNumbers.normalize("11010519491231002x").orElseThrow().value()).isEqualTo(valid);
    assertThat(IdNumbers.normalize("１１０１０５１９４９１２３１００２Ｘ").orElseThrow().kind())
        .isEqualTo(Kind.VALID);
    IdNumbers.IdValue legacy = IdNumbers.normalize("110105491231002").orElseThrow();
    assertThat(legacy.kind()).isEqualTo(Kind.VALID);
    assertThat(legacy.value()).isEqualTo(valid);
    IdNumbers.IdValue masked = IdNumbers.normalize("110105********002X").orElseThrow();
    assertThat(masked.kind()).isEqualTo(Kind.MASKED);
    assertThat(masked.partialKey()).contains("110105002X");
    assertThat(masked.compatibleWith(legacy)).isTrue();
    assertThat(IdNumbers.normalize("110105********0031").orElseThrow().compatibleWith(legacy))
        .isFalse();
    IdNumbers.IdValue typo = IdNumbers.normalize("110105194912310021").orElseThrow();
    assertThat(typo.kind()).isEqualTo(Kind.INVALID);
    assertThat(legacy.parsed().orElseThrow().birthDate()).contains(LocalDate.of(1949, 12, 31));
    assertThat(legacy.parsed().orElseThrow().gender()).contains(Gender.FEMALE);
    assertThat(IdNumbers.normalize("n/a")).isEmpty();
    // Only the last 4 to 6 characters: masked but for them.
    IdNumbers.IdValue last4 = IdNumbers.normalize("002x").orElseThrow();
    assertThat(last4.kind()).isEqualTo(Kind.MASKED);
    assertThat(last4.value()).isEqualTo("**************002X");
    assertThat(last4.partialKey()).isEmpty();
    assertThat(last4.compatibleWith(legacy)).isTrue();
    assertThat(IdNumbers.normalize("31002X").orElseThrow().compatibleWith(masked)).isTrue();
    assertThat(IdNumbers.normalize("0031").orElseThrow().compatibleWith(legacy)).isFalse();
    assertThat(IdNumbers.normalize("123")).isEmpty();
    assertThat(IdNumbers.normalize("1234567")).isEmpty();
  }

  @Test
  @DisplayName("names: traditional to simplified, spaces inside, romanised in either order")
  void names() {
    assertThat(Names.normalize("張 偉")).isEqualTo("张伟");
    assertThat(Names.normalize("陳　麗華")).isEqualTo("陈丽华");
    assertThat(Names.normalize("Zhang Wei")).isEqualTo("wei zhang");
    assertThat(Names.normalize("WEI  zhang")).isEqualTo("wei zhang");
    assertThat(Names.normalize("阿卜杜·热合曼")).isEqualTo("阿卜杜热合曼");
    assertThat(Names.pinyinKey("张伟")).isEqualTo("wei zhang");
    assertThat(Names.pinyinKey("張玮")).isEqualTo("wei zhang"); // a homophone meets
    assertThat(Names.pinyinKey("Zhang Wei")).isEqualTo("wei zhang");
    assertThat(Names.pinyinKey("张小伟")).isEqualTo("wei xiao zhang");
    assertThat(Names.pinyinKey("Xiaowei Zhang")).isEqualTo("wei xiao zhang");
  }

  @Test
  @DisplayName("romanised syllables apart, hyphenated or run together meet; ü as u, v, yu or ü")
  void romanisedForms() {
    String key = Names.pinyinKey("刘一辉");
    assertThat(key).isEqualTo("hui liu yi");
    for (String s : List.of("Liu Yihui", "LIU Yi-Hui", "liu yi hui", "Yihui Liu", "LIU YIHUI")) {
      assertThat(Names.pinyinKey(s)).as(s).isEqualTo(key);
    }
    assertThat(Names.normalize("LIU Yi-Hui")).isEqualTo(Names.normalize("Liu Yihui"));
    String lv = Names.pinyinKey("吕");
    assertThat(lv).isEqualTo("lv");
    for (String s : List.of("Lü", "Lv", "Lyu", "LYU", "lü")) {
      assertThat(Names.pinyinKey(s)).as(s).isEqualTo(lv);
    }
    assertThat(Names.pinyinKey("卢")).isEqualTo("lu").isNotEqualTo(lv);
    assertThat(Names.pinyinKey("吕小明")).isEqualTo(Names.pinyinKey("Lyu Xiaoming"));
    assertThat(Names.pinyinKey("John Smith")).isEqualTo("john smith"); // not pinyin: kept whole
  }

  @Test
  @DisplayName("surnames are read as surnames: 单 Shan, 曾 Zeng, 解 Xie, 仇 Qiu, 区 Ou, 查 Zha")
  void surnameReadings() {
    assertThat(Names.pinyinKey("单田芳")).isEqualTo("fang shan tian");
    assertThat(Names.pinyinKey("曾国藩")).isEqualTo("fan guo zeng");
    assertThat(Names.pinyinKey("解缙")).isEqualTo("jin xie");
    assertThat(Names.pinyinKey("仇英")).isEqualTo("qiu ying");
    assertThat(Names.pinyinKey("区丽")).isEqualTo("li ou");
    assertThat(Names.pinyinKey("查良镛")).isEqualTo("liang yong zha");
    assertThat(Names.pinyinKey("欧阳修")).isEqualTo("ou xiu yang");
    assertThat(Names.surname("欧阳修")).isEqualTo("欧阳");
    assertThat(Names.surname("欧阳")).isEqualTo("欧");
  }

  @Test
  @DisplayName("addresses of real ledgers: the estate found from the structure, no part lost")
  void addressForms() {
    assertThat(Addresses.parse("龙湖时代天街5栋2单元1203").dwellingKey()).isEqualTo("龙湖时代天街|5|2|1203");
    assertThat(Addresses.parse("蓝光COCO金沙3-1-502").dwellingKey()).isEqualTo("蓝光COCO金沙|3|1|502");
    assertThat(Addresses.parse("中海国际社区5栋2单元1203").dwellingKey()).isEqualTo("中海国际社区|5|2|1203");
    assertThat(Addresses.parse("万科城市花园5栋2单元1203").dwellingKey()).isEqualTo("万科城市花园|5|2|1203");
    assertThat(Addresses.parse("万科城市花园5栋2单元1203").city()).isEmpty();
    assertThat(Addresses.parse("锦绣花园A座1203").dwellingKey()).isEqualTo("锦绣花园|A||1203");
    assertThat(Addresses.parse("锦绣花园A座1203").dwellingKey())
        .isNotEqualTo(Addresses.parse("锦绣花园B座1203").dwellingKey());
    assertThat(Addresses.parse("芳华小区3栋2-401").dwellingKey()).isEqualTo("芳华|3|2|401");
    assertThat(Addresses.parse("锦官社区36号4栋4单元804").dwellingKey())
        .isEqualTo("锦官社区36号|4|4|804")
        .isNotEqualTo(Addresses.parse("锦官社区38号4栋4单元804").dwellingKey());
    // Under a street, a 社区 is the residents' committee: no estate, so no dwelling key.
    assertThat(Addresses.parse("玉林街道和平社区3栋2单元401").dwellingKey()).isEmpty();
    // The forms of before still read alike.
    assertThat(Addresses.parse("成都市武侯区玉林街道和平社区芳华小区3栋2单元401").dwellingKey())
        .isEqualTo(Addresses.parse("芳华小区3-2-401").dwellingKey());
  }

  @Test
  @DisplayName("addresses: short province and city names, sections, roads before estates, dots")
  void addressPrefixesAndRoads() {
    // A district followed by a character that ends estates elsewhere (府, 城) is still a district.
    Address a = Addresses.parse("成都市青羊区府南街道建设社区玉泉小区4栋2单元303");
    assertThat(a.district()).isEqualTo("青羊区");
    assertThat(a.street()).isEqualTo("府南街道");
    assertThat(a.dwellingKey()).isEqualTo("玉泉|4|2|303");
    assertThat(Addresses.parse("锦江区城市花园3栋401").dwellingKey()).isEqualTo("城市花园|3||401");
    // A province and city written without their suffixes, from the statistical division names.
    Address b = Addresses.parse("四川成都青羊区府南街道玉泉小区2-3-201");
    assertThat(b.province()).isEqualTo("四川");
    assertThat(b.city()).isEqualTo("成都");
    assertThat(b.dwellingKey()).isEqualTo("玉泉|2|3|201");
    assertThat(Addresses.parse("四川成都金沙小区3栋2单元401").dwellingKey()).isEqualTo("金沙|3|2|401");
    assertThat(Addresses.parse("新疆乌鲁木齐天山区阳光花园3栋2单元401").city()).isEqualTo("乌鲁木齐");
    assertThat(Divisions.shortName("凉山彝族自治州")).isEqualTo("凉山");
    assertThat(Divisions.shortName("内蒙古自治区")).isEqualTo("内蒙古");
    assertThat(Divisions.shortName("博尔塔拉蒙古自治州")).isEqualTo("博尔塔拉");
    // A place's name that starts another name is left alone: a community, a road, an estate.
    assertThat(Addresses.parse("玉林社区芳华小区3栋2单元401").community()).isEqualTo("玉林社区");
    assertThat(Addresses.parse("北京路12号3栋401").dwellingKey()).isEqualTo("北京路12号|3||401");
    assertThat(Addresses.parse("成都花园3栋401").dwellingKey()).isEqualTo("成都花园|3||401");
    assertThat(Addresses.parse("四川成都路5号3栋401").dwellingKey()).isEqualTo("成都路5号|3||401");
    // A road and number before the estate: the estate is the name after them, whatever the road's
    // own name holds (the 湾 of 猛追湾街); the road key joins the forms with and without the name.
    Address c = Addresses.parse("成华区双桥子街道丰收社区猛追湾街188号桂花小区4号楼2单元703");
    assertThat(c.dwellingKey())
        .isEqualTo("桂花|4|2|703")
        .isEqualTo(Addresses.parse("桂花小区4栋2单元703").dwellingKey());
    assertThat(c.roadKey())
        .isEqualTo("猛追湾街188号|4|2|703")
        .isEqualTo(Addresses.parse("四川成都成华区猛追湾街188号4-2-703").roadKey());
    assertThat(Addresses.parse("桂花小区4栋2单元703").roadKey()).isEmpty();
    // A courtyard's number is its estate; a number with 楼 is a building on the road.
    assertThat(Addresses.parse("阳光道1号院5栋2单元301").dwellingKey()).isEqualTo("阳光道1号院|5|2|301");
    assertThat(Addresses.parse("玉林北路12号楼3单元401").dwellingKey()).isEqualTo("玉林北路|12|3|401");
    assertThat(Addresses.parse("成都市新都区一环路西一段126号5栋3单元1901").dwellingKey())
        .isEqualTo("一环路西一段126号|5|3|1901");
    assertThat(Addresses.parse("红星路三段301号蜀都小区4栋2单元1202").dwellingKey()).isEqualTo("蜀都|4|2|1202");
    // The flat alone, for records that leave the estate out.
    assertThat(Addresses.parse("13栋1单元1102").flatKey())
        .isEqualTo(Addresses.parse("蓝光COCO金沙13-1-1102").flatKey())
        .isEqualTo("13|1|1102");
    assertThat(Addresses.parse("碧桂园·天樾5-2-1702").dwellingKey())
        .isEqualTo(Addresses.parse("碧桂园天樾5栋2单元1702").dwellingKey())
        .isEqualTo("碧桂园天樾|5|2|1702");
  }

  @Test
  @DisplayName("villages: the villager group is the estate, under a town or not; rooms in numerals")
  void villages() {
    assertThat(Addresses.parse("四川省成都市双流区黄龙溪镇石桥村2社48号").dwellingKey())
        .isEqualTo(Addresses.parse("石桥村二组48号").dwellingKey())
        .isEqualTo("石桥村2组|||48");
    assertThat(Addresses.parse("凤凰村7组21号").dwellingKey())
        .isNotEqualTo(Addresses.parse("凤凰村1组21号").dwellingKey());
    assertThat(Addresses.parse("黄龙溪镇万家村四组").estateKey())
        .isEqualTo(Addresses.parse("万家村4组").estateKey())
        .isEqualTo("万家村4组");
    assertThat(Addresses.parse("黄龙溪镇万家村四组").dwellingKey()).isEmpty();
    // Inner Mongolia's villages are 嘎查, its townships 苏木 beside the 镇; 社 is a group there too.
    assertThat(Addresses.parse("内蒙古自治区通辽市科尔沁左翼中旗舍伯吐镇胡吉日吐嘎查3社47号").dwellingKey())
        .isEqualTo(Addresses.parse("胡吉日吐嘎查三组47号").dwellingKey())
        .isEqualTo("胡吉日吐嘎查3组|||47");
    assertThat(Addresses.parse("巴彦塔拉苏木巴彦嘎查2组5号").dwellingKey()).isEqualTo("巴彦嘎查2组|||5");
    assertThat(Addresses.parse("伊和塔拉嘎查1组").buildingKey()).isEqualTo("伊和塔拉嘎查1组");
    assertThat(Addresses.parse("天樾十一栋一单元二四零三").dwellingKey()).isEqualTo("天樾|11|1|2403");
    // building-unit-floor-room, as older estates number their doors
    assertThat(Addresses.parse("南苑小区8-2-4-2").dwellingKey())
        .isEqualTo(Addresses.parse("南苑小区8幢2单元4楼2号").dwellingKey())
        .isEqualTo("南苑|8|2|402");
    assertThat(Addresses.parse("南苑小区8-2-4-12号").dwellingKey()).isEqualTo("南苑|8|2|412");
    assertThat(Addresses.fourPartFlat("1-8-2-4-2")).isEqualTo("1-8-2-4-2");
    assertThat(Addresses.fourPartFlat("8-2-402")).isEqualTo("8-2-402");
    assertThat(Addresses.parse("锦绣花园十四栋二单元一〇一室").dwellingKey()).isEqualTo("锦绣花园|14|2|101");
  }

  @Test
  @DisplayName("northern ledgers: 5号1单元, 5#3-402, 3号楼2门501, 13排1号, 西户, notes, lanes, 号院")
  void northernAddressForms() {
    // 号 alone for 号楼 before a unit; # before the unit's digits; 门 for a unit.
    assertThat(Addresses.parse("世茂3号1单元103").dwellingKey())
        .isEqualTo(Addresses.parse("世茂3号楼1单元103室").dwellingKey())
        .isEqualTo("世茂|3|1|103");
    assertThat(Addresses.parse("祝甸安置房5#3-402").dwellingKey()).isEqualTo("祝甸安置房|5|3|402");
    assertThat(Addresses.parse("山大新村19号楼3门302").dwellingKey())
        .isEqualTo(Addresses.parse("山大新村19号楼3单元302").dwellingKey());
    assertThat(Addresses.parse("某厂3门市").unit()).isEmpty();
    // A street number before a unit with no estate before it stays a courtyard's number.
    assertThat(Addresses.parse("锦官社区36号4单元804").dwellingKey()).isEqualTo("锦官社区36号||4|804");
    // Rows of single-storey houses; a flat's side; notes after the address.
    assertThat(Addresses.parse("化肥厂家属院13排1号（东门进）").dwellingKey()).isEqualTo("化肥厂家属院|13||1");
    assertThat(Addresses.parse("鲁能领秀公馆7号楼1单元2102西户").dwellingKey()).isEqualTo("鲁能领秀公馆|7|1|2102");
    assertThat(Addresses.parse("鲁能领秀公馆5号楼1单元302 房东：张").dwellingKey())
        .isEqualTo(Addresses.parse("历城区鲁能领秀公馆5-1-302，房东韦军").dwellingKey())
        .isEqualTo("鲁能领秀公馆|5|1|302");
    // Numbered lanes off a road: the house is the road, lane and number; no room read off them.
    assertThat(Addresses.parse("历城区祝甸东街4胡同14号").estateKey()).isEqualTo("祝甸东街4胡同14号");
    assertThat(Addresses.parse("洪家楼北街二条10号").estateKey()).isEqualTo("洪家楼北街二条10号");
    // A Shanghai lane (弄) is an estate, its houses its buildings (shanghaiAddresses).
    assertThat(Addresses.parse("长乐路123弄4号").estateKey()).isEqualTo("长乐路123弄");
    assertThat(Addresses.parse("祝甸东街3胡同18").estateKey()).isEqualTo("祝甸东街3胡同18");
    assertThat(Addresses.parse("历城区某某23号").key()).doesNotEndWith("|23");
    // A courtyard numbered on its own holds the buildings.
    Address yard = Addresses.parse("198号院6号楼1门101");
    assertThat(yard.building()).isEqualTo("6");
    assertThat(yard.unit()).isEqualTo("1");
    assertThat(yard.dwellingKey()).isEmpty(); // a courtyard's number alone is no place
    // An estate's part is no district; 城市 of an estate's name is no city.
    assertThat(Addresses.parse("中建锦绣城B区1-1-1701").dwellingKey()).isEqualTo("中建锦绣城B|1|1|1701");
    assertThat(Addresses.parse("万科城市之光19栋2单元902").dwellingKey()).isEqualTo("万科城市之光|19|2|902");
    assertThat(Addresses.parse("山东省聊城市东昌府区").city()).isEqualTo("聊城市");
    // A name that goes on after a marker inside it.
    assertThat(Addresses.parse("成都市武侯区天府丽都").estateKey()).isEqualTo("天府丽都");
    assertThat(Addresses.parse("洪楼广场公寓206").dwellingKey()).isEqualTo("洪楼广场公寓|||206");
    // Villages written without 村, known by the group after them.
    assertThat(Addresses.parse("小辛庄3组4号").dwellingKey())
        .isEqualTo(Addresses.parse("小辛庄村三组4号").dwellingKey())
        .isEqualTo("小辛庄村3组|||4");
    assertThat(Addresses.parse("玉皇庙镇王家庄二队").estateKey()).isEqualTo("王家庄村2组");
    assertThat(Addresses.parse("金科3组团2栋1单元101").community()).isEmpty();
    assertThat(Addresses.withoutNote("药房东路12号")).isEqualTo("药房东路12号");
    assertThat(Addresses.withoutNote("洪园小区1-1-101房东:张")).isEqualTo("洪园小区1-1-101");
  }

  @Test
  @DisplayName("names: notes after a separator or a role, chat apps' leading letters, 小王")
  void nameNotes() {
    assertThat(Names.normalize("于天宇-租户")).isEqualTo("于天宇");
    assertThat(Names.normalize("付文浩_二环")).isEqualTo("付文浩");
    assertThat(Names.normalize("丁超 户主")).isEqualTo("丁超");
    assertThat(Names.normalize("黄春峰户主")).isEqualTo("黄春峰");
    assertThat(Names.normalize("王芳家属")).isEqualTo("王芳家属"); // someone of 王芳's family
    assertThat(Names.normalize("刘  东")).isEqualTo("刘东");
    assertThat(Names.normalize("买买提 艾力")).isEqualTo("买买提艾力");
    assertThat(Names.normalize("A付健")).isEqualTo("付健");
    assertThat(Names.normalize("AAA王伟")).isEqualTo("王伟");
    assertThat(Names.normalize("A王")).isEqualTo("A王");
    assertThat(Names.placeholderSurname(Names.normalize("小王"))).isEqualTo("王");
    assertThat(Names.placeholderSurname(Names.normalize("王业主"))).isEqualTo("王");
    assertThat(Names.placeholderSurname(Names.normalize("张户主"))).isEqualTo("张");
  }

  @Test
  @DisplayName(
      "names: notes in brackets dropped; forms of address and placeholders give the surname")
  void namePlaceholders() {
    assertThat(Names.normalize("陈洁敏（户主）")).isEqualTo("陈洁敏");
    assertThat(Names.normalize("王芳(已故)")).isEqualTo("王芳");
    assertThat(Names.normalize("李华【曾用名】")).isEqualTo("李华");
    assertThat(Names.normalize("LIU Yihui (passport)")).isEqualTo(Names.normalize("Liu Yihui"));
    assertThat(Names.normalize("张伟(")).isEqualTo("张伟");
    for (String placeholder : List.of("宋女士", "宋先生", "宋某", "宋某某", "宋大爷", "宋阿姨", "老宋", "宋")) {
      assertThat(Names.placeholderSurname(Names.normalize(placeholder)))
          .as(placeholder)
          .isEqualTo("宋");
    }
    assertThat(Names.placeholderSurname("欧阳先生")).isEqualTo("欧阳");
    for (String name : List.of("宋兰", "宋玉姐", "lin tao", "", "哥舒翰")) {
      assertThat(Names.placeholderSurname(name)).as(name).isEmpty();
    }
  }

  @Test
  @DisplayName("names: a form of address tells a gender (王先生, 李女士), a placeholder alone none")
  void titleGenders() {
    for (String man : List.of("王先生", "欧阳先生", "刘大爷", "张叔叔", "赵哥")) {
      assertThat(Names.titleGender(Names.normalize(man))).as(man).contains(Gender.MALE);
    }
    for (String woman : List.of("李女士", "陈小姐", "刘阿姨", "孙奶奶", "周姐", "吴大妈")) {
      assertThat(Names.titleGender(Names.normalize(woman))).as(woman).contains(Gender.FEMALE);
    }
    for (String none : List.of("王某", "老王", "小王", "陈师傅", "赵老师", "孙业主", "王", "王芳", "宋玉姐", "")) {
      assertThat(Names.titleGender(Names.normalize(none))).as(none).isEmpty();
    }
  }

  @Test
  @DisplayName("names: forms of address said to grown-ups (王先生, 陈生, 老王), not 张某, 小王 or 王姐")
  void adultTitles() {
    for (String adult :
        List.of("王先生", "李女士", "陈生", "刘阿姨", "陈师傅", "孙业主", "陈太", "李姓女士", "老王", "欧阳先生", "周外婆")) {
      assertThat(Names.isAdultTitle(Names.normalize(adult))).as(adult).isTrue();
    }
    for (String any : List.of("王某", "王某某", "小王", "王姐", "赵哥", "刘姓", "王", "王芳", "宋玉姐", "王宝宝", "")) {
      assertThat(Names.isAdultTitle(Names.normalize(any))).as(any).isFalse();
    }
  }

  @Test
  @DisplayName(
      "names: readings that southern Mandarin blurs hash alike, others apart, in any order")
  void fuzzyReadings() {
    assertThat(Names.fuzzyReadingHash("chen guo hua"))
        .isEqualTo(Names.fuzzyReadingHash("cheng guo hua"));
    assertThat(Names.fuzzyReadingHash("zhou li hua"))
        .isEqualTo(Names.fuzzyReadingHash("hua li zou"));
    assertThat(Names.fuzzyReadingHash("lan xu")).isEqualTo(Names.fuzzyReadingHash("nan xu"));
    assertThat(Names.fuzzyReadingHash("huang")).isEqualTo(Names.fuzzyReadingHash("fuan"));
    assertThat(Names.fuzzyReadingHash("xiang")).isEqualTo(Names.fuzzyReadingHash("xian"));
    assertThat(Names.fuzzyReadingHash("hong liu")).isNotEqualTo(Names.fuzzyReadingHash("feng liu"));
    assertThat(Names.initials("ai li mai mai ti")).isEqualTo("_ l m m t");
    assertThat(Names.initials("shi zhang")).isEqualTo("sh zh");
    // Wu speakers' 黄 and 王, 胡 and 吴; not 何 and 吴.
    assertThat(Names.fuzzyReadingHash("huang min")).isEqualTo(Names.fuzzyReadingHash("wang min"));
    assertThat(Names.fuzzyReadingHash("hu hai yan"))
        .isEqualTo(Names.fuzzyReadingHash("wu hai yan"));
    assertThat(Names.fuzzyReadingHash("he hai yan"))
        .isNotEqualTo(Names.fuzzyReadingHash("wu hai yan"));
    assertThat(Names.fuzzyReadingHash("guo hua"))
        .isNotEqualTo(Names.fuzzyReadingHash("guo hua hua"));
    assertThat(Names.fuzzyReadingHash("long")).isNotEqualTo(Names.fuzzyReadingHash("lon"));
    assertThat(Names.fuzzyReadingHash("")).isZero();
  }

  @Test
  @DisplayName(
      "names: kin words for the old (向爹爹, 李姥姥) are forms of address; 租户 or 不详 alone no name")
  void kinWordsAndRoles() {
    for (String man : List.of("向爹爹", "刘嗲嗲", "祝老爷子", "王姥爷", "陈外公", "张舅舅")) {
      String n = Names.normalize(man);
      assertThat(Names.placeholderSurname(n)).as(man).isEqualTo(man.substring(0, 1));
      assertThat(Names.titleGender(n)).as(man).contains(Gender.MALE);
    }
    for (String woman : List.of("李姥姥", "周外婆", "吴婶", "张娭毑")) {
      String n = Names.normalize(woman);
      assertThat(Names.placeholderSurname(n)).as(woman).isEqualTo(woman.substring(0, 1));
      assertThat(Names.titleGender(n)).as(woman).contains(Gender.FEMALE);
    }
    for (String none :
        List.of("租户", "房客", "业主", "户主", "住户", "不详", "无", "无名氏", "匿名", "何庆国之妻", "亚森·塔依尔妻", "王强爱人")) {
      assertThat(Names.normalize(none)).as(none).isEmpty();
    }
    // A surname before the role keeps the surname: 孙业主 says 孙, and so does 刘姓租户.
    assertThat(Names.placeholderSurname(Names.normalize("孙业主"))).isEqualTo("孙");
    for (String surnameSaid : List.of("刘姓租户", "刘姓", "刘姓住户")) {
      assertThat(Names.placeholderSurname(Names.normalize(surnameSaid)))
          .as(surnameSaid)
          .isEqualTo("刘");
    }
    assertThat(Names.titleGender(Names.normalize("李姓女士"))).contains(Gender.FEMALE);
    assertThat(Names.normalize("王无忌")).isEqualTo("王无忌");
  }

  @Test
  @DisplayName("southern ledgers' names: 陈生, 陈太, 李姨, 阿斌, 黄丽之子, English names, Cantonese")
  void southernNames() {
    for (String man : List.of("陈生", "欧阳生", "何伯", "梁叔", "黄帅哥")) {
      String n = Names.normalize(man);
      assertThat(Names.isPlaceholder(n)).as(man).isTrue();
      assertThat(Names.titleGender(n)).as(man).contains(Gender.MALE);
    }
    for (String woman : List.of("李姨", "黄姐", "张美女", "何婆")) {
      String n = Names.normalize(woman);
      assertThat(Names.placeholderSurname(n)).as(woman).isEqualTo(woman.substring(0, 1));
      assertThat(Names.titleGender(n)).as(woman).contains(Gender.FEMALE);
    }
    // Mrs Chan: the husband's surname, so no surname of her own.
    for (String wife : List.of("陈太", "李太太")) {
      String n = Names.normalize(wife);
      assertThat(Names.isPlaceholder(n)).as(wife).isTrue();
      assertThat(Names.placeholderSurname(n)).as(wife).isEmpty();
      assertThat(Names.titleGender(n)).as(wife).contains(Gender.FEMALE);
    }
    assertThat(Names.placeholderSurname(Names.normalize("王总"))).isEqualTo("王");
    assertThat(Names.placeholderSurname(Names.normalize("陈宝宝"))).isEqualTo("陈");
    // Given names that end so stay names.
    for (String name : List.of("黄妹", "李公", "张春生", "王太平", "刘伯温")) {
      assertThat(Names.isPlaceholder(Names.normalize(name))).as(name).isFalse();
    }
    // Names that say nothing.
    for (String none : List.of("阿斌", "🌸阿芳", "黄丽之子", "黄丽之女", "黄丽婴", "1502阿强")) {
      assertThat(Names.normalize(none)).as(none).isEmpty();
    }
    assertThat(Names.normalize("阿的伍沙")).isEqualTo("阿的伍沙"); // a Yi name, not a nickname
    assertThat(Names.normalize("1502陈生")).isEqualTo("陈生");
    assertThat(Names.normalize("陳大文 Peter")).isEqualTo("陈大文");
    // A form of address around a whole name: left out, and it tells a grown-up, perhaps a gender.
    for (String[] c :
        new String[][] {
          {"顿珠师傅", "顿珠", "师傅"},
          {"德庆女士", "德庆", "女士"},
          {"王建国先生", "王建国", "先生"},
          {"阿妈卓玛", "卓玛", "阿妈"},
          {"波啦旺堆", "旺堆", "波啦"},
          {"次仁啦", "次仁", "啦"},
          {"扎西卓玛啦", "扎西卓玛", "啦"}
        }) {
      assertThat(Names.normalize(c[0])).as(c[0]).isEqualTo(c[1]);
      assertThat(Names.formOfAddress(c[0])).as(c[0]).isEqualTo(c[2]);
    }
    assertThat(Names.isAdultForm("师傅")).isTrue();
    assertThat(Names.isAdultForm("阿妈")).isTrue();
    assertThat(Names.isAdultForm("啦")).isFalse();
    assertThat(Names.formGender("女士")).contains(Gender.FEMALE);
    assertThat(Names.formGender("波啦")).contains(Gender.MALE);
    assertThat(Names.formGender("师傅")).isEmpty();
    // Not where a surname alone, or a placeholder's form, is left: those are placeholders.
    for (String p : List.of("王先生", "欧阳先生", "王姓女士", "张春生", "李姐", "拉啦")) {
      assertThat(Names.formOfAddress(p)).as(p).isEmpty();
    }
    assertThat(Names.normalize("阿斌师傅")).as("a nickname and a title: no name").isEmpty();
    assertThat(Names.normalize("Peter 陳大文")).isEqualTo("陈大文");
    // Pinyin or not.
    assertThat(Names.isPinyin(Names.normalize("Chan Tai-man"))).isTrue();
    assertThat(Names.isPinyin(Names.normalize("LIU Yi-Hui"))).isTrue();
    for (String other :
        List.of("AU YEUNG Tat On", "CHEN, CHIH-MING", "Emily Cheng", "KWOK Chi Keung")) {
      assertThat(Names.isPinyin(Names.normalize(other))).as(other).isFalse();
    }
    assertThat(Names.isPinyin(Names.normalize("刘一辉"))).isFalse();
    // Written as pinyin: a hyphen parts syllables, and chia is no pinyin syllable (Wade–Giles 佳).
    for (String pinyin : List.of("Chan Tai-man", "LIU Yi-Hui", "Liu Yihui", "lü yi-hui", "Xi'an")) {
      assertThat(Names.isPinyinWritten(pinyin)).as(pinyin).isTrue();
    }
    for (String other :
        List.of("CHEN, CHIA-HUI", "Lin Chia-ming", "Huang Chien-hua", "Emily", "刘一辉")) {
      assertThat(Names.isPinyinWritten(other)).as(other).isFalse();
    }
  }

  @Test
  @DisplayName("other documents' numbers, and identity numbers a spreadsheet damaged")
  void otherDocumentsAndSpreadsheets() {
    assertThat(IdNumbers.normalize("H3012240401").orElseThrow())
        .isEqualTo(IdNumbers.normalize("h30122404").orElseThrow()); // issue count dropped
    assertThat(IdNumbers.normalize("H30122404").orElseThrow().kind()).isEqualTo(Kind.OTHER);
    assertThat(IdNumbers.normalize("D990975(4)").orElseThrow().value()).isEqualTo("D9909754");
    assertThat(IdNumbers.normalize("E12345678").orElseThrow().kind()).isEqualTo(Kind.OTHER);
    assertThat(IdNumbers.normalize("H30122404").orElseThrow().partialKey()).isEmpty();
    assertThat(IdNumbers.normalize("H30122404").orElseThrow().toString())
        .doesNotContain("30122404");
    for (String none : List.of("12478091", "4.4E+17", "ABC", "H12", "'", "`")) {
      assertThat(IdNumbers.normalize(none)).as(none).isEmpty();
    }
    String id = "510104198001011230";
    id = id.substring(0, 17) + ResidentIdNumber.checkCharacter(id.substring(0, 17));
    IdNumbers.IdValue valid = IdNumbers.normalize(id).orElseThrow();
    assertThat(IdNumbers.normalize("'" + id).orElseThrow()).isEqualTo(valid);
    // Fifteen significant digits, rounded: 510104198001011|230 and 510104198001011|780.
    for (String damaged :
        List.of("5.10104198001011E+17", "5.10104198001012E+17", "510104198001012000")) {
      IdNumbers.IdValue v = IdNumbers.normalize(damaged).orElseThrow();
      assertThat(v.kind()).as(damaged).isEqualTo(Kind.MASKED);
      assertThat(v.value()).as(damaged).isEqualTo("51010419800101****");
      assertThat(v.compatibleWith(valid)).as(damaged).isTrue();
    }
    // 420104198701012000 passes the check by chance (one such number in eleven does): still the
    // spreadsheet's loss, not a whole number with a woman's gender digit.
    IdNumbers.IdValue chance = IdNumbers.normalize("420104198701012000").orElseThrow();
    assertThat(chance.kind()).isEqualTo(Kind.MASKED);
    assertThat(chance.value()).isEqualTo("42010419870101****");
    // Fewer digits shown (a narrow column's 5.10104E+17) leave too little to tell anyone apart.
    assertThat(IdNumbers.normalize("5.10104E+17")).isEmpty();
    assertThat(IdNumbers.normalize("5.1010419800101E+17").orElseThrow().value())
        .isEqualTo("51010419800101****");
  }

  @Test
  @DisplayName("birth dates: two-digit years before 年, day and month before the year")
  void southernDates() {
    assertThat(BirthDates.parse("85年3月5日")).contains(LocalDate.of(1985, 3, 5));
    assertThat(BirthDates.parse("05年3月5日")).contains(LocalDate.of(2005, 3, 5));
    assertThat(BirthDates.parsePartial("90年11月")).isEqualTo(19_901_100);
    assertThat(BirthDates.parse("26/11/1990")).contains(LocalDate.of(1990, 11, 26));
    assertThat(BirthDates.parse("11/26/1990")).contains(LocalDate.of(1990, 11, 26));
    // Both orders possible: only the year is known.
    assertThat(BirthDates.parse("10/03/1982")).isEmpty();
    assertThat(BirthDates.parsePartial("10/03/1982")).isEqualTo(19_820_000);
    assertThat(BirthDates.parse("1982/10/03")).contains(LocalDate.of(1982, 10, 3));
  }

  @Test
  @DisplayName("southern ledgers' phones: 852/853/886 without +, notes beside the number")
  void southernPhones() {
    for (String hk : List.of("852 9876 8726", "852-98768726", "(852)98768726", "+852 9876 8726")) {
      assertThat(Phones.normalize(hk)).as(hk).contains("+85298768726");
    }
    assertThat(Phones.normalize("85365367862")).contains("+85365367862");
    assertThat(Phones.normalize("886 912 345 678")).contains("+886912345678");
    assertThat(Phones.normalize("17584948530(微信同号)")).contains("+8617584948530");
    assertThat(Phones.normalize("手机 138-0013-8000")).contains("+8613800138000");
    // A valid mainland reading comes first: 0852 is Zunyi's area code.
    assertThat(Phones.normalize("0852-2345678")).isEqualTo(Phones.normalize("+86 852 2345678"));
  }

  @Test
  @DisplayName(
      "Wuhan's addresses: zones (C区5栋, B-3-2-1702), 长丰街, 村委会, villages without 村, houses let by"
          + " the room")
  void wuhanAddresses() {
    Address zoned = Addresses.parse("柏家墩还建房C5栋1单元1002");
    assertThat(zoned.dwellingKey()).isEqualTo("柏家墩还建房C|5|1|1002");
    for (String same :
        List.of("柏家墩还建房C区5栋1单元1002", "柏家墩还建房C-5-1-1002", "柏家墩还建房C-5栋1单元1002室", "柏家墩还建房C5-1-1002")) {
      assertThat(Addresses.parse(same).dwellingKey()).as(same).isEqualTo(zoned.dwellingKey());
    }
    // Zones are homes apart: never one key for A-5 and C-5.
    assertThat(Addresses.parse("柏家墩还建房A-5-1-1002").dwellingKey()).isNotEqualTo(zoned.dwellingKey());
    assertThat(Addresses.parse("中建锦绣城B区").estate())
        .isEqualTo(Addresses.parse("中建锦绣城B区1-2-701").estate())
        .isEqualTo("中建锦绣城B");
    Address road = Addresses.parse("舒家湾路58号A1-2-801");
    assertThat(road.estate()).isEqualTo("舒家湾路58号A");
    assertThat(road.building()).isEqualTo("1");
    assertThat(road.room()).isEqualTo("801");
    // 长丰街 for 长丰街道: a street office, not a road glued to the estate's name.
    assertThat(Addresses.parse("武汉市硚口区长丰街长丰花园2-1-401").dwellingKey())
        .isEqualTo(Addresses.parse("长丰花园2栋1单元401室").dwellingKey());
    assertThat(Addresses.parse("长丰街星悦社区").community()).isEqualTo("星悦社区");
    assertThat(Addresses.parse("洪家楼北街12号").estate()).isEqualTo("洪家楼北街12号");
    assertThat(Addresses.parse("文化街社区3栋").community()).isEqualTo("文化街社区");
    // A village: 村委会 for 村, a name with no 村 before its group, a house let by the room.
    Address village = Addresses.parse("柏家墩村6组19号");
    assertThat(Addresses.parse("柏家墩村委会6组19号").dwellingKey()).isEqualTo(village.dwellingKey());
    assertThat(Addresses.parse("舒家湾3组25号").dwellingKey())
        .isEqualTo(Addresses.parse("舒家湾村3组25号").dwellingKey())
        .isNotEqualTo(Addresses.parse("舒家湾村4组25号").dwellingKey());
    Address let = Addresses.parse("舒家湾1队45号301");
    assertThat(let.estate()).isEqualTo("1组");
    assertThat(let.building()).isEqualTo("45");
    assertThat(let.room()).isEqualTo("301");
    assertThat(Addresses.parse("舒家湾村1组46号301").dwellingKey()).isNotEqualTo(let.dwellingKey());
    Address floor = Addresses.parse("硚口区长丰街舒家湾村9组62号-3楼");
    assertThat(floor.building()).isEqualTo("62");
    assertThat(floor.room()).isEqualTo("3F");
    assertThat(Addresses.parse("舒家湾村9组62号3楼").dwellingKey()).isEqualTo(floor.dwellingKey());
  }

  @Test
  @DisplayName(
      "Shanghai's addresses: lanes (弄, 218-16号), parts of flats and houses (次卧, 前楼, B间), new"
          + " villages, natural villages (宅), 60号-2 and 74之一, 居委, 第三村民小组")
  void shanghaiAddresses() {
    // A bedroom of a shared flat, a letter after its room: the flat.
    Address flat = Addresses.parse("许泾路1555弄13号304室");
    assertThat(flat.dwellingKey()).isEqualTo("许泾路1555弄|13||304");
    for (String same : List.of("许泾路1555弄13号304室次卧", "许泾路1555弄13号304室主卧", "许泾路1555弄13号304室A室")) {
      assertThat(Addresses.parse(same).dwellingKey()).as(same).isEqualTo(flat.dwellingKey());
    }
    assertThat(Addresses.parse("许泾路1555弄13号305室次卧").dwellingKey()).isNotEqualTo(flat.dwellingKey());
    // 18楼D室 is a flat's letter, not a part.
    assertThat(Addresses.parse("锦程花园5座18楼D室").room()).isEqualTo("18D");
    // A lane is an estate, its 号 a building, as the estate's own name gives them; a lane's house
    // without a room is its building.
    Address lane = Addresses.parse("上海市闵行区梅陇镇罗阳路688弄4号1002室");
    assertThat(lane.estate()).isEqualTo("罗阳路688弄");
    assertThat(lane.flatKey()).isEqualTo(Addresses.parse("华府天地4栋1002室").flatKey());
    assertThat(Addresses.parse("长乐路123弄4号").buildingKey()).isEqualTo("长乐路123弄|4");
    // A lane written with a dash or a second 号 after its road.
    assertThat(Addresses.parse("陇南路1099-6号301室").dwellingKey())
        .isEqualTo(Addresses.parse("陇南路1099弄6号301室").dwellingKey())
        .isEqualTo(Addresses.parse("陇南路1099号6号301室").dwellingKey())
        .isNotEmpty();
    assertThat(Addresses.parse("玉林北路12号院3号楼").estate()).isEqualTo("玉林北路12号院");
    // A phase's building and room: never the room alone under the estate.
    Address phase = Addresses.parse("陇欣苑三期19号804室B室");
    assertThat(phase.dwellingKey()).isEqualTo("陇欣苑3期|19||804");
    assertThat(Addresses.parse("景梅家园二期7号201室主卧").dwellingKey()).isEqualTo("景梅家园2期|7||201");
    // A phase in numerals or digits is one; two phases' building 12 are two buildings.
    assertThat(Addresses.parse("梅陇镇陇欣苑1期12-704").dwellingKey())
        .isEqualTo(Addresses.parse("陇欣苑一期12-704").dwellingKey())
        .isEqualTo("陇欣苑1期|12||704")
        .isNotEqualTo(Addresses.parse("陇欣苑2期12-704").dwellingKey());
    // A workers' new village numbered 一村, 二村: buildings and rooms.
    Address newVillage = Addresses.parse("梅陇一村17号501室");
    assertThat(newVillage.building()).isEqualTo("17");
    assertThat(newVillage.room()).isEqualTo("501");
    assertThat(Addresses.parse("梅陇一村17号501").dwellingKey())
        .isEqualTo(newVillage.dwellingKey())
        .isNotEqualTo(Addresses.parse("梅陇二村17号501室").dwellingKey());
    // Houses in villages: a second house (60号-2, 60-2号, 74之一), a natural village (宅).
    Address second = Addresses.parse("许泾村7组60号-2");
    assertThat(second.dwellingKey()).isEqualTo("许泾村7组|||60-2");
    assertThat(Addresses.parse("许泾村7组60-2号").dwellingKey()).isEqualTo(second.dwellingKey());
    assertThat(Addresses.parse("许泾村7组60之二").dwellingKey()).isEqualTo(second.dwellingKey());
    assertThat(Addresses.parse("许泾村7组60号").dwellingKey()).isNotEqualTo(second.dwellingKey());
    assertThat(Addresses.parse("许泾村4组35号北间").dwellingKey())
        .isEqualTo(Addresses.parse("许泾村4组35号").dwellingKey());
    Address hamlet = Addresses.parse("曹中村西施宅6号");
    assertThat(hamlet.dwellingKey()).isEqualTo("西施宅|||6");
    assertThat(Addresses.parse("西施宅6号B间").dwellingKey()).isEqualTo(hamlet.dwellingKey());
    assertThat(Addresses.parse("行南村9组北张宅54号东间").dwellingKey()).isEqualTo("行南村9组|||54");
    // A residents' committee (居委) before the estate; a villager group written in full.
    assertThat(Addresses.parse("梅陇二村居委梅陇二村8号502室").dwellingKey())
        .isEqualTo(Addresses.parse("梅陇二村8号502室").dwellingKey())
        .isNotEmpty();
    assertThat(Addresses.parse("莲馨居委").community()).isEqualTo("莲馨居委");
    assertThat(Addresses.parse("黄埔村第三村民小组62号201房").dwellingKey())
        .isEqualTo(Addresses.parse("黄埔村3组62号201房").dwellingKey())
        .isEqualTo("黄埔村3组|62||201");
    assertThat(Addresses.parse("沙井黄埔社区黄埔村第八村民小组40号201房").dwellingKey()).isEqualTo("黄埔村8组|40||201");
    // A building and room with no estate: the flat, no dwelling key.
    Address bare = Addresses.parse("21号903");
    assertThat(bare.flatKey()).isEqualTo("21||903");
    assertThat(bare.dwellingKey()).isEmpty();
  }

  @Test
  @DisplayName("southern ledgers' addresses: 房, lettered flats, 4楼415, urban villages' lanes")
  void southernAddresses() {
    Address tower = Addresses.parse("海悦华庭E栋2单元2003房");
    assertThat(tower.dwellingKey()).isEqualTo("海悦华庭|E|2|2003");
    assertThat(Addresses.parse("海悦华庭E栋2单元20楼3号").dwellingKey()).isEqualTo(tower.dwellingKey());
    Address lettered = Addresses.parse("锦程花园8座18D");
    assertThat(lettered.room()).isEqualTo("18D");
    assertThat(lettered.floor()).isEqualTo("18");
    for (String same : List.of("锦程花园8座18楼D室", "锦程花园8座18d", "锦程花园8座18D房")) {
      assertThat(Addresses.parse(same).dwellingKey()).as(same).isEqualTo(lettered.dwellingKey());
    }
    assertThat(Addresses.parse("3座6G").flatKey()).isEqualTo("3||6G");
    assertThat(Addresses.parse("丽景城5-27b").dwellingKey()).isEqualTo("丽景城|5||27B");
    assertThat(Addresses.parse("锦程花园5座2-27B房").dwellingKey()).isEqualTo("锦程花园|5|2|27B");
    Address dorm = Addresses.parse("新沙工业区宏达电子厂宿舍3栋4楼415");
    assertThat(dorm.room()).isEqualTo("415");
    assertThat(dorm.floor()).isEqualTo("4");
    // An urban village's house in a numbered lane of a quarter.
    Address house = Addresses.parse("深圳市宝安区沙井街道沙一村西坊3巷5号302房");
    assertThat(house.estate()).isEqualTo("沙一村西坊");
    assertThat(house.building()).isEqualTo("3巷5");
    assertThat(house.room()).isEqualTo("302");
    for (String same : List.of("沙一村西坊三巷5号302", "深圳市宝安区沙井街道沙一社区沙一村西坊3巷5号3楼2房", "沙一村西坊3巷5栋302房")) {
      assertThat(Addresses.parse(same).dwellingKey()).as(same).isEqualTo(house.dwellingKey());
    }
    // Without the village or the quarter only the flat is known: never a key all such lanes share.
    Address bare = Addresses.parse("3巷5号302房");
    assertThat(bare.dwellingKey()).isEmpty();
    assertThat(bare.flatKey()).isEqualTo(house.flatKey());
    assertThat(Addresses.parse("沙一村西坊4巷5号302房").flatKey()).isNotEqualTo(house.flatKey());
    // A house on a road let by the floor: the floor is the home.
    Address shop = Addresses.parse("深圳市宝安区沙井街道南环路361号3楼");
    assertThat(shop.dwellingKey()).isEqualTo("南环路361号|||3F");
    for (String same : List.of("南环路361-3楼", "南环路361号三楼")) {
      assertThat(Addresses.parse(same).dwellingKey()).as(same).isEqualTo(shop.dwellingKey());
    }
    assertThat(Addresses.parse("南环路361号2楼").dwellingKey()).isNotEqualTo(shop.dwellingKey());
    assertThat(Addresses.parse("芳华小区3栋4楼").dwellingKey()).isEmpty(); // a floor of flats
    // A house without a room holds many tenants: no dwelling.
    assertThat(Addresses.parse("沙一村西坊3巷5号").dwellingKey()).isEmpty();
    // Lanes off a road are read with the road, as before; a Shanghai lane is its estate.
    assertThat(Addresses.parse("长乐路123弄4号").estate()).isEqualTo("长乐路123弄");
    assertThat(Addresses.parse("祝甸东街4胡同14号").estate()).isEqualTo("祝甸东街4胡同14号");
  }

  @Test
  @DisplayName("addresses: 栋/幢/号楼, 3-2-401 and 4楼1号 to one dwelling")
  void addresses() {
    Address full = Addresses.parse("四川省成都市武侯区玉林街道玉林社区芳华小区3栋2单元401");
    assertThat(full)
        .isEqualTo(new Address("四川省", "成都市", "武侯区", "玉林街道", "玉林社区", "芳华小区", "3", "2", "4", "401"));
    String dwelling = full.dwellingKey();
    for (String s :
        List.of(
            "芳华小区3幢2单元401室",
            "芳华小区3号楼2单元401",
            "芳华小区 3-2-401",
            "成都市武侯区芳华小区三栋二单元401",
            "芳華小區３棟２單元４０１",
            "玉林社区芳华小区3栋2单元4楼1号")) {
      assertThat(Addresses.parse(s).dwellingKey()).as(s).isEqualTo(dwelling);
    }
    assertThat(Addresses.parse("玉林北路12号3栋4楼1号").dwellingKey()).isEqualTo("玉林北路12号|3||401");
    // with and without a room, in any form: one building
    assertThat(Addresses.parse("芳华小区3栋").buildingKey())
        .isEqualTo(Addresses.parse("芳华小区 3-2-401").buildingKey())
        .isEqualTo("芳华|3");
    assertThat(Addresses.parse("锦绣新村5栋101").estate()).isEqualTo("锦绣新村");
    assertThat(Addresses.parse("").isEmpty()).isTrue();
  }

  @Test
  @DisplayName("property: every normaliser is idempotent")
  void idempotent(Random random) {
    String[] pieces = {
      "張", "伟", " ", "　", "Zhang", "wei", "1", "９", "-", "+86", "年", "月", "日", "/", "栋", "单元", "室",
      "芳华小区", "3", "401", "x", "X", "*", "成都市", "武侯区", "號", "·", "0086", "(", ")"
    };
    for (int i = 0; i < 5000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 1 + random.nextInt(8);
      for (int k = 0; k < n; k++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String s = b.toString();
      assertThat(Text.clean(Text.clean(s))).isEqualTo(Text.clean(s));
      String name = Names.normalize(s);
      assertThat(Names.normalize(name)).as(s).isEqualTo(name);
      String key = Names.pinyinKey(s);
      assertThat(Names.pinyinKey(key)).as(s).isEqualTo(key);
      Optional<String> phone = Phones.normalize(s);
      phone.ifPresent(p -> assertThat(Phones.normalize(p)).as(s).contains(p));
      BirthDates.parse(s)
          .ifPresent(d -> assertThat(BirthDates.parse(d.toString())).as(s).contains(d));
      IdNumbers.normalize(s)
          .ifPresent(id -> assertThat(IdNumbers.normalize(id.value())).as(s).contains(id));
      Address a = Addresses.parse(s);
      assertThat(Addresses.parse(a.canonical()).key()).as(s).isEqualTo(a.key());
    }
  }

  @Test
  @DisplayName(
      "a room number too long for an int after a floor is kept as digits (found by fuzzing)")
  void longRoomNumber() {
    Address a = Addresses.parse("3栋4楼22222222222222221号");
    assertThat(a.floor()).isEqualTo("4");
    assertThat(a.room()).isEqualTo("22222222222222221");
    assertThat(Addresses.parse("3栋4楼1号").room()).isEqualTo("401");
    assertThat(Addresses.parse("3栋4楼415").room()).isEqualTo("415"); // the room carries its floor
  }
}
