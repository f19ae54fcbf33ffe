package org.gridgov.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The comparison levels of the forms real ledgers write, one column at a time. */
class ColumnLevelsTest {

  private static Column column(FieldType type) {
    return Column.of(new DedupConfig.Field("f", "f", type, false, false, Optional.empty()));
  }

  /** The level of two raw values in a fresh column of the type. */
  private static int level(FieldType type, String a, String b) {
    Column c = column(type);
    c.add(a);
    c.add(b);
    return c.compare(0, 1);
  }

  @Test
  @DisplayName(
      "dates given in part agree as far as both go, and contradict beyond a calendar's slip")
  void partialDates() {
    assertThat(level(FieldType.DATE, "1994.03", "1994-03-01")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.DATE, "1994年3月", "1994.03")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.DATE, "1972年4月", "1972-01-04")).isEqualTo(Column.CLOSE); // swapped
    assertThat(level(FieldType.DATE, "1994.03", "1994-04-20")).isEqualTo(Column.MISSING); // lunar
    assertThat(level(FieldType.DATE, "1994.03", "1994-07-20")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "1994.03", "1995-03-01")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "1956", "1956-02-17")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.DATE, "1956", "1957-02-17")).isEqualTo(Column.MISSING); // from age
    assertThat(level(FieldType.DATE, "1956", "1960-02-17")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "1956-02-17", "1956-02-17 00:00:00")).isEqualTo(Column.EXACT);
    // An age: born this year less the age, up to ten years before (an old ledger) or two after
    // (a nominal age); a year alone one more each way; two ages as far apart as both spans allow.
    int born = Column.DateColumn.THIS_YEAR - 37;
    assertThat(level(FieldType.DATE, "37岁", born + "-05-01")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "37", (born - 10) + "-05-01")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "37", (born + 2) + "-05-01")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "37", (born - 11) + "-05-01")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "37", (born + 3) + "-05-01")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "37岁", "1952-07-11")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "37", Integer.toString(born - 11))).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "37", Integer.toString(born - 12)))
        .isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "37", (born - 1) + ".03")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "37", "49岁")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "37", "50岁")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "37", "37岁")).isEqualTo(Column.MISSING);
    // A spreadsheet's serial date is a whole date.
    assertThat(level(FieldType.DATE, "29221", "1980-01-01")).isEqualTo(Column.EXACT);
    // A lunar-calendar birthday written as a solar date: 1956-04-18 was the 8th of the 3rd month.
    assertThat(level(FieldType.DATE, "1956-03-08", "1956-04-18")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "1959-12-22", "1960-01-20")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.DATE, "1956-01-08", "1956-04-18")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.DATE, "1956-04-08", "1956-04-18")).isEqualTo(Column.CLOSE);
    // Dates before 1970 (negative epoch days) are whole dates, not partial ones.
    assertThat(level(FieldType.DATE, "1940-03-28", "1940-03-28")).isEqualTo(Column.EXACT);
    Column c = column(FieldType.DATE);
    c.add("1994.03");
    c.add("1956");
    c.add("1940-03-28");
    c.add("37岁");
    assertThat(c.value(3))
        .as("an age: the years of birth it allows")
        .isEqualTo((born - 10) + "/" + (born + 2));
    assertThat(c.value(0)).isEqualTo("1994-03");
    assertThat(c.value(1)).isEqualTo("1956");
    assertThat(c.value(2)).isEqualTo("1940-03-28");
    assertThat(c.quality(0)).isLessThan(c.quality(2));
  }

  @Test
  @DisplayName("identity numbers: another document's number agrees only with itself")
  void otherDocuments() {
    assertThat(level(FieldType.ID_NUMBER, "H30122404", "H3012240401")).isEqualTo(Column.EXACT);
    assertThat(level(FieldType.ID_NUMBER, "H30122404", "H49224526")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.ID_NUMBER, "H30122404", "810000199002233150"))
        .isEqualTo(Column.MISSING);
    Column c = column(FieldType.ID_NUMBER);
    c.add("H30122404");
    c.add("H49224526");
    assertThat(c.forbids(0, 1)).isFalse();
  }

  @Test
  @DisplayName("names: a romanisation that is not pinyin says nothing against characters")
  void romanisations() {
    assertThat(level(FieldType.NAME, "AU YEUNG Tat On", "歐陽達安")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "CHEN, CHIH-MING", "陈志明")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "Peter", "陈大文")).isEqualTo(Column.MISSING);
    // Wade–Giles whose letters happen to split into pinyin (chia as chi, a): its hyphen says not.
    assertThat(level(FieldType.NAME, "CHEN, CHIA-HUI", "陈佳慧")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "LIU Yi-Hui", "刘一辉")).isEqualTo(Column.CLOSE);
    // Pinyin is read: it agrees, or it says another name.
    assertThat(level(FieldType.NAME, "Liu Yihui", "刘一辉")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "Zhang Wei", "刘一辉")).isEqualTo(Column.DIFFERENT);
    // Two romanisations are compared with each other as before.
    assertThat(level(FieldType.NAME, "AU YEUNG Tat On", "Au Yeung Tat On")).isEqualTo(Column.EXACT);
    assertThat(level(FieldType.NAME, "AU YEUNG Tat On", "Au Yeung Tat-on")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "AU YEUNG Tat On", "KWOK Chi Keung"))
        .isEqualTo(Column.DIFFERENT);
    // An English name beside a Chinese one, outside pinyin: the surname alone agrees.
    assertThat(level(FieldType.NAME, "Fiona Law", "LAW Mei Ling")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "Zhang Wei", "Zhang Li")).isEqualTo(Column.DIFFERENT);
    // Southern forms of address are no name; Mrs Chan's surname is her husband's.
    assertThat(level(FieldType.NAME, "陈生", "陈家豪")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "陈生", "李家豪")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "陈太", "李美玲")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "程生", "程生")).isEqualTo(Column.MISSING);
  }

  @Test
  @DisplayName("names: placeholders are no name; a character left out is close, one changed is not")
  void names() {
    assertThat(level(FieldType.NAME, "宋女士", "宋兰")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "陈洁敏（户主）", "陈洁敏")).isEqualTo(Column.EXACT);
    assertThat(level(FieldType.NAME, "廖国华", "廖华")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "廖国华", "廖国强")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "廖国华", "陈国华")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "廖国华", "廖")).isEqualTo(Column.MISSING);
    // A Uyghur name written in part (the father's name left out or cut off, the parts swapped):
    // close; two fathers' names: different.
    assertThat(level(FieldType.NAME, "阿依古丽", "阿依古丽·努尔兰")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "米热古丽·阿不都热合", "米热古丽·阿不都热合曼")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "阿布力孜 古丽娜", "古丽娜尔·阿布力孜")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "阿依古丽·买买提", "阿依古丽·艾力")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "阿依古丽", "阿依努尔")).isEqualTo(Column.DIFFERENT);
    // The same name of five characters or more transcribed another way: the same initials.
    assertThat(level(FieldType.NAME, "艾力·买买提", "阿力·麦麦提")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "热孜万古丽", "日孜万古丽")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "欧阳明华", "欧阳敏惠")).isEqualTo(Column.DIFFERENT); // four
    // A child called by the last character of the given name (小宁) is no surname against it.
    assertThat(level(FieldType.NAME, "小宁", "段若宁")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "段若宁", "小宁")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.NAME, "小李", "段若宁")).isEqualTo(Column.DIFFERENT);
    // Taken down as heard, as southern Mandarin blurs sounds: chen/cheng, qin/qing, lan/nan,
    // zhou/zou, hu/fu; not sounds it keeps apart (hong/feng) nor another syllable.
    assertThat(level(FieldType.NAME, "陈国华", "承国华")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "秦宇轩", "清宇轩")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "徐兰", "徐南")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "周丽华", "邹丽华")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "胡沐晴", "傅沐晴")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.NAME, "刘红", "刘峰")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "张建国", "张建华")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "陈国华", "陈华")).isEqualTo(Column.CLOSE); // left out
    // A placeholder's surname contradicts a name of another surname: 李女士 is not 宋兰.
    assertThat(level(FieldType.NAME, "李女士", "宋兰")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "李女士", "宋女士")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.NAME, "李女士", "")).isEqualTo(Column.MISSING);
    Column.NameColumn c = (Column.NameColumn) column(FieldType.NAME);
    c.add("宋女士");
    c.add("宋兰");
    assertThat(c.keyIds("surname")[0]).isNotZero().isEqualTo(c.keyIds("surname")[1]);
  }

  @Test
  @DisplayName(
      "addresses: one door by road and number, or by the flat when one leaves the estate out")
  void addresses() {
    assertThat(level(FieldType.ADDRESS, "草堂路95号蜀都小区5号楼2单元601", "草堂路95号 5幢2单元601室"))
        .isEqualTo(Column.EXACT);
    assertThat(level(FieldType.ADDRESS, "13栋1单元1102", "蓝光COCO金沙13-1-1102")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.ADDRESS, "天府丽都13栋1单元1102", "蓝光COCO金沙13-1-1102"))
        .isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.ADDRESS, "13栋1单元1102", "13栋1单元1103")).isEqualTo(Column.DIFFERENT);
    // One flat, its estate shortened in one record or written by its road and number.
    assertThat(level(FieldType.ADDRESS, "银座晶都A座3102", "银座晶都国际A座31层02")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.ADDRESS, "历城区洪园路12号10-4-502", "洪园小区10号楼4单元502"))
        .isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.ADDRESS, "银座晶都A座3102", "银座晶都国际A座3103")).isEqualTo(Column.DIFFERENT);
    // A villager group with and without the house number: one group, some tens of households.
    assertThat(level(FieldType.ADDRESS, "凤凰村二组", "凤凰村2组60号")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.ADDRESS, "凤凰村三组", "凤凰村2组60号")).isEqualTo(Column.DIFFERENT);
    // The estate alone agrees with a flat in it as far as it goes: no evidence either way.
    assertThat(level(FieldType.ADDRESS, "融创东城印象", "历城区融创·东城印象13栋2单元802室"))
        .isEqualTo(Column.MISSING);
    assertThat(level(FieldType.ADDRESS, "洪园小区", "洪园小区7号楼4单元401")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.ADDRESS, "世茂天城", "洪园小区7号楼4单元401")).isEqualTo(Column.DIFFERENT);
    // A village, or an estate, given in short beside a part of it and a flat there: no evidence.
    assertThat(level(FieldType.ADDRESS, "大王山村", "大王山村上坊8巷27号504")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.ADDRESS, "后亭村10巷28号", "后亭村北坊10巷28号803")).isEqualTo(Column.MISSING);
    assertThat(level(FieldType.ADDRESS, "大王山村", "后亭村北坊10巷28号803")).isEqualTo(Column.DIFFERENT);
  }

  @Test
  @DisplayName(
      "coherence: names one character apart are a typo where the records give one valid number")
  void sharedIdNames() throws java.io.IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A,yibao,陈小杰,370126198802289993,,,,\n"
            + "B,wangge,林小杰,370126198802289993,,,,\n"
            + "C,wangge,林小杰,,19845638990,,,\n"
            + "D,wangge,林大杰,,19845638990,1950-01-01,,\n"
            + "E,wangge,陈晓杰,370126198802289993,,,,\n"
            + "F,fuyou,林小杰,370126********9993,,1988-02-28,,\n"
            + "G,fuyou,林小杰,370126********9993,,,,\n";
    RecordSet set =
        RecordSet.read(new java.io.StringReader(csv), "r.csv", DedupConfig.residentCn());
    Coherence coherence = Coherence.of(set);
    assertThat(coherence.shareId(0, 1)).isTrue();
    // A masked number that fits, with the birth date it hides (A's from its number): one number.
    assertThat(coherence.shareId(0, 5)).isTrue();
    assertThat(coherence.shareId(0, 6)).isFalse(); // no birth date: the mask hides it
    assertThat(coherence.shareId(5, 6)).isFalse();
    assertThat(coherence.contradict(0, 1)).isTrue(); // as two records alone
    assertThat(coherence.contradict(0, 1, true)).isFalse();
    assertThat(coherence.contradict(0, 2, true)).isFalse(); // through its cluster's number
    assertThat(coherence.contradict(0, 3, true)).isTrue(); // two characters apart
    assertThat(coherence.contradict(1, 4, true)).isTrue();
    // A joins the cluster of B and C: A and B give one valid number, so A's name against C's is
    // the same typo.
    int[] roots =
        Clustering.cluster(
            7,
            new long[] {(long) 1 << 32 | 2, (long) 0 << 32 | 1},
            new double[] {20, 15},
            Double.NEGATIVE_INFINITY,
            set.idRank(),
            coherence,
            r -> r,
            new long[0]);
    assertThat(roots[0]).isEqualTo(roots[1]).isEqualTo(roots[2]);
  }

  @Test
  @DisplayName(
      "coherence: under one valid number a name in part or transcribed twice is the name; dates and"
          + " genders still contradict")
  void sharedIdNamesInPart() throws java.io.IOException {
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A,huji,达哇玉珍,540102199604073046,,,女,\n"
            + "B,wangge,达玉,540102199604073046,,,,\n"
            + "C,wangge,大玉珍,540102199604073046,,,,\n"
            + "D,wangge,马静华,540102199604073046,,,,\n"
            + "E,wangge,静华,540102199604073046,,,,\n"
            + "F,wangge,达哇玉珍,540102199604073046,,,男,\n"
            + "G,wangge,华静,540102199604073046,,,,\n"
            + "H,wangge,次仁,540102199604073046,,,男,\n"
            + "I,wangge,才让,540102199604073046,,,男,\n"
            + "J,wangge,索南贝真,540102199604073046,,,,\n"
            + "K,wangge,索南白珍,540102199604073046,,,,\n"
            + "L,wangge,图尔洪·亚库甫,540102199604073046,,,,\n"
            + "M,wangge,吐尔洪·牙合甫,540102199604073046,,,,\n"
            + "N,wangge,阿依古丽·买买提,540102199604073046,,,,\n"
            + "O,wangge,热依拉·买买提,540102199604073046,,,,\n";
    RecordSet set =
        RecordSet.read(new java.io.StringReader(csv), "r.csv", DedupConfig.residentCn());
    Coherence coherence = Coherence.of(set);
    assertThat(coherence.contradict(3, 4)).as("as two records alone").isTrue();
    assertThat(coherence.contradict(0, 1, true)).as("达玉, a short form").isFalse();
    assertThat(coherence.contradict(0, 2, true)).as("大玉珍: 大 and a part").isFalse();
    assertThat(coherence.contradict(3, 4, true)).as("the given name alone").isFalse();
    assertThat(coherence.contradict(0, 5, true)).as("two genders, even beside one name").isTrue();
    assertThat(coherence.contradict(0, 5)).isTrue();
    assertThat(coherence.contradict(3, 6, true)).as("out of order").isTrue();
    assertThat(coherence.contradict(0, 7, true)).as("another name and gender").isTrue();
    // One Tibetan name transcribed twice: the same initials, syllable by syllable.
    assertThat(coherence.contradict(7, 8)).as("次仁 and 才让 alone").isTrue();
    assertThat(coherence.contradict(7, 8, true)).as("次仁 and 才让, one number").isFalse();
    assertThat(coherence.contradict(9, 10, true)).as("索南贝真 and 索南白珍").isFalse();
    // Two thirds of the syllables or more in common: a few written another way.
    assertThat(coherence.contradict(11, 12)).isTrue();
    assertThat(coherence.contradict(11, 12, true)).as("图尔洪·亚库甫, 吐尔洪·牙合甫").isFalse();
    assertThat(coherence.contradict(13, 14, true)).as("4 of 7: a father's name shared").isTrue();
    // Birth dates still contradict under one number: a cluster never holds two.
    String dates =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A,huji,拉巴,540102195406137397,,1954年6月13日,,\n"
            + "B,elderly,阿爸拉巴,540102195406137397,,1954-01-01,,\n"
            + "C,elderly,拉巴,540102195406137397,,1955-12-30,,\n"
            + "D,elderly,次仁,540102195406137397,,1954-01-01,,\n";
    set = RecordSet.read(new java.io.StringReader(dates), "d.csv", DedupConfig.residentCn());
    coherence = Coherence.of(set);
    assertThat(coherence.contradict(0, 1)).isTrue();
    assertThat(coherence.contradict(0, 1, true)).as("one year, names in part").isTrue();
    assertThat(coherence.contradict(1, 2, true)).as("the next year").isTrue();
    assertThat(coherence.contradict(0, 3, true)).as("another name").isTrue();
  }

  @Test
  @DisplayName(
      "genders: a valid number's gender over a typed one, where the birth date shows it is the"
          + " record's own")
  void genderFromOwnNumber() throws java.io.IOException {
    // 370126198802289993: a man born 1988-02-28.
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A,hukou,程小杰,370126198802289993,,1988-02-28,男,\n"
            + "B,wangge,程小杰,370126198802289993,,1988/2/28,女,\n"
            + "C,wangge,程小丽,370126198802289993,,1990-05-01,女,\n"
            + "D,wangge,程小丽,370126198802289993,,,女,\n"
            + "E,wangge,程小丽,370126198802289993,,1988-02,女,\n"
            + "F,wangge,程小丽,370126198802289993,,1988,女,\n";
    RecordSet set =
        RecordSet.read(new java.io.StringReader(csv), "r.csv", DedupConfig.residentCn());
    Column gender = set.columns[4];
    // B's birth date is its number's: the number is B's own, and 女 a slip.
    assertThat(gender.compare(0, 1)).isEqualTo(Column.EXACT);
    assertThat(gender.value(1)).isEqualTo(gender.value(0));
    // E gives the number's year and month: the number is E's own too.
    assertThat(gender.compare(0, 4)).isEqualTo(Column.EXACT);
    // C's birth date is another's (a relative's number copied in); D gives none, F a year alone
    // (a husband's number on his wife's row may share it): the gender entered stays, for the
    // comparison to see.
    assertThat(gender.compare(0, 2)).isEqualTo(Column.DIFFERENT);
    assertThat(gender.compare(0, 3)).isEqualTo(Column.DIFFERENT);
    assertThat(gender.compare(0, 5)).isEqualTo(Column.DIFFERENT);
  }

  @Test
  @DisplayName(
      "identity numbers: a number two years or more from the record's birth date is a relative's,"
          + " and dropped")
  void relativesNumber() throws java.io.IOException {
    // 370126198802289993: a man born 1988-02-28, the father.
    String csv =
        "record_id,source,name,id_number,phone,birth_date,gender,address\n"
            + "A,hukou,程小杰,370126198802289993,,1988-02-28,,\n"
            + "B,vaccine,程子涵,370126198802289993,,2012-06-01,女,\n" // the daughter's row
            + "C,party,程子涵,370126198802289993,,2012-06,,\n"
            + "D,yanglao,程小杰,370126198802289993,,1987年12月,,\n" // lunar, a year back
            + "E,wangge,程小杰,370126198802289993,,1998-02-28,,\n" // a typo in the year
            + "F,wangge,程小杰,370126198802289993,,1990,,\n";
    RecordSet set =
        RecordSet.read(new java.io.StringReader(csv), "r.csv", DedupConfig.residentCn());
    Column id = set.columns[1];
    Column gender = set.columns[4];
    assertThat(id.missing(1)).isTrue();
    assertThat(id.missing(2)).isTrue();
    assertThat(gender.value(0)).isEqualTo("male"); // from the number
    assertThat(gender.value(1)).isEqualTo("female");
    assertThat(gender.missing(2)).isTrue(); // not the father's gender
    assertThat(id.missing(3)).isFalse();
    assertThat(id.missing(4)).isFalse();
    assertThat(id.missing(5)).isTrue();
    assertThat(id.compare(0, 3)).isEqualTo(Column.EXACT);
  }

  @Test
  @DisplayName("phones: a masked mobile is close to the whole number it fits, not to another")
  void maskedPhones() {
    assertThat(level(FieldType.PHONE, "136****1107", "13631051107")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.PHONE, "136****1107", "13631051108")).isEqualTo(Column.DIFFERENT);
    assertThat(level(FieldType.PHONE, "136****1107", "136-****-1107")).isEqualTo(Column.EXACT);
    // Blocked on the masked form: the masked number, its whole form, and one mistyped in the
    // middle.
    Column.PhoneColumn c = (Column.PhoneColumn) column(FieldType.PHONE);
    for (String raw :
        List.of("138****5678", "13812345678", "13812355678", "尾号5678", "13912345678")) {
      c.add(raw);
    }
    int[] k = c.keyIds("masked");
    assertThat(k[0]).isNotZero().isEqualTo(k[1]).isEqualTo(k[2]);
    assertThat(k[3]).isNotZero().isNotEqualTo(k[0]);
    assertThat(k[4]).isNotEqualTo(k[0]);
    assertThat(c.key("masked", 1)).isEqualTo("+86138****5678");
  }

  @Test
  @DisplayName("identity numbers kept as their last characters compare with whole and masked ones")
  void idSuffixes() {
    assertThat(level(FieldType.ID_NUMBER, "002x", "11010519491231002X")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.ID_NUMBER, "31002X", "110105********002X")).isEqualTo(Column.CLOSE);
    assertThat(level(FieldType.ID_NUMBER, "0031", "11010519491231002X"))
        .isEqualTo(Column.DIFFERENT);
    Column.IdColumn c = (Column.IdColumn) column(FieldType.ID_NUMBER);
    c.add("0031");
    c.add("11010519491231002X");
    assertThat(c.forbids(0, 1)).isTrue();
  }
}
