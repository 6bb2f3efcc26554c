package app.contactshield.callerid.hfp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AtResultParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "OK | Ok[]",
        "ERROR | Error[]",
        "+CME ERROR: 30 | CmeError[code=30]",
        "+CME ERROR: phone failure | CmeError[code=-1]",
        "RING | Ring[]",
        "NO CARRIER | CallFailure[code=NO CARRIER]",
        "BUSY | CallFailure[code=BUSY]",
        "+BRSF:1007 | Brsf[features=1007]",
        "+BRSF: 871 | Brsf[features=871]",
        "+CIEV: 3,1 | Ciev[index=3, value=1]",
        "+CIEV:3 , 0 | Ciev[index=3, value=0]",
        "+BCS: 2 | Bcs[codec=2]",
        "+VGS: 12 | Vgs[gain=12]",
        "+VGM:7 | Vgm[gain=7]",
        "+BSIR: 1 | Bsir[inBand=1]",
        "+BTRH: 0 | Btrh[state=0]",
        "+BIND: 2,1 | BindStatus[indicator=2, enabled=true]",
        "+BIND: (1,2) | BindSupport[indicators=[1, 2]]",
        "+CHLD: (0,1,1x,2,2x,3,4) | ChldSupport[modes=[0, 1, 1x, 2, 2x, 3, 4]]",
        "+CHLD: 0,1,2,3 | ChldSupport[modes=[0, 1, 2, 3]]",
        "+COPS: 0,0,\"Telekom.de\" | Cops[mode=0, format=0, operator=Telekom.de]",
        "+CIND: 0,0,0,0,0,0,0,0,0,0,0,0 | CindValues[values=[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]]",
        "+CIEV: x,1 | Malformed[name=+CIEV, reason=expected two numbers, got 2 fields]",
        "+BRSF: | Malformed[name=+BRSF, reason=first field is not a number]",
        "+CNUM: ,\"+498971040999\",145,,4 | Cnum[number=+49••••••••99, type=145, service=4]",
        "+XAPL=iPhone,7 | Unknown[name=+XAPL, fields=2]",
        "+COPS: 0 | Cops[mode=0, format=-1, operator=]"})
    void resultLinesParseIntoTypedValues(String line, String expected) {
        AtResult result = AtResultParser.parse(line);

        assertThat(result).hasToString(expected);
    }

    @Test
    void indicatorListIsReadInTheOrderThePhoneAnnouncedIt() {
        String line = "+CIND: (\"service\",(0-1)),(\"call\",(0,1)),(\"call_setup\",(0-3)),(\"battchg\",(0-5))";

        AtResult result = AtResultParser.parse(line);

        assertThat(result).isEqualTo(new AtResult.CindSupport(List.of(new IndicatorSpec("service", 0, 1),
                new IndicatorSpec("call", 0, 1), new IndicatorSpec("call_setup", 0, 3),
                new IndicatorSpec("battchg", 0, 5))));
        assertThat(((AtResult.CindSupport) result).indicators().get(2).key()).isEqualTo("callsetup");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+CLIP: \"+498971040120\",145 | +498971040120 | 145 | -1 | false",
        "+CLIP: \"08971040233\",129,,,,0 | 08971040233 | 129 | 0 | false",
        "+CLIP:\"\",128,\"\",0,\"\",1 | '' | 128 | 1 | true",
        "+CLIP: \"\",128 | '' | 128 | -1 | true",
        "+CLIP: \"004989710403\" , 129 , , , \"\" , 2 | 004989710403 | 129 | 2 | true"})
    void callingLineIdentityReadsNumberTypeAndValidity(String line, String number, int type, int validity,
                                                       boolean withheld) {
        AtResult.Clip clip = (AtResult.Clip) AtResultParser.parse(line);

        assertThat(clip.number()).isEqualTo(number);
        assertThat(clip.type()).isEqualTo(type);
        assertThat(clip.validity()).isEqualTo(validity);
        assertThat(clip.withheld()).isEqualTo(withheld);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "+CLCC: 1,1,4,0,0,\"08971040233\",129 | 1 | 4 | 08971040233 | 129 | ''",
        "+CLCC: 2,1,5,0,0 | 2 | 5 | '' | -1 | ''",
        "+CLCC: 1, 1, 0, 0, 0, \"  +498971040120\", 145, \"Ada Beispiel\" | 1 | 0 | +498971040120 | 145 | Ada Beispiel",
        "+CLCC: 1,1,1,0,0,\"xxxxxx00260\",129,\"  xxxx | 1 | 1 | xxxxxx00260 | 129 | '  xxxx'",
        "+CLCC: 3,0,2,0,0,\"\",129,\"\" | 3 | 2 | '' | 129 | ''"})
    void currentCallLinesReadWithAndWithoutNumberAndTheEighthField(String line, int index, int status,
                                                                   String number, int type, String alpha) {
        AtResult.Clcc clcc = (AtResult.Clcc) AtResultParser.parse(line);

        assertThat(clcc.index()).isEqualTo(index);
        assertThat(clcc.status()).isEqualTo(status);
        assertThat(clcc.number()).isEqualTo(number);
        assertThat(clcc.type()).isEqualTo(type);
        assertThat(clcc.alpha()).isEqualTo(alpha);
    }

    @Test
    void callWaitingNoticeReadsNumberTypeClassAndValidity() {
        AtResult.Ccwa ccwa = (AtResult.Ccwa) AtResultParser.parse("+CCWA: \"\",128,1,\"\",1");

        assertThat(ccwa.callClass()).isEqualTo(1);
        assertThat(ccwa.withheld()).isTrue();
    }

    @Test
    void resultsThatCarryNumbersMaskThemInToString() {
        AtResult clip = AtResultParser.parse("+CLIP: \"+498971040120\",145");
        AtResult clcc = AtResultParser.parse("+CLCC: 1,1,4,0,0,\"08971040233\",129,\"Ada Beispiel\"");

        assertThat(clip.toString()).doesNotContain("71040120").contains("+49").contains("20");
        assertThat(clcc.toString()).doesNotContain("71040233").doesNotContain("Ada");
    }

    @Test
    void unknownResultsKeepTheirFieldsButDoNotPrintThem() {
        AtResult result = AtResultParser.parse("+XAPL: iPhone,7");

        assertThat(result).isInstanceOf(AtResult.Unknown.class);
        assertThat(((AtResult.Unknown) result).fields()).hasSize(2);
        assertThat(result.toString()).doesNotContain("iPhone");
    }
}
