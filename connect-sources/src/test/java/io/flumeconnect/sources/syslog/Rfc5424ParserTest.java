package io.flumeconnect.sources.syslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flumeconnect.sources.syslog.SyslogMessage.SdElement;
import io.flumeconnect.sources.syslog.SyslogMessage.SdParam;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rfc5424ParserTest {

    @Test
    void structuredDataKeepsEveryElementAndParamInOrder() throws SyslogParseException {
        SyslogMessage message = Rfc5424Parser.parse("<165>1 2003-10-11T22:14:15.003Z host app - ID47 "
                + "[exampleSDID@32473 iut=\"3\" eventSource=\"Application\"][examplePriority@32473 class=\"high\"] text");
        assertThat(message.structuredData()).containsExactly(
                new SdElement("exampleSDID@32473", List.of(new SdParam("iut", "3"),
                        new SdParam("eventSource", "Application"))),
                new SdElement("examplePriority@32473", List.of(new SdParam("class", "high"))));
        assertThat(message.message()).isEqualTo("text");
    }

    @Test
    void paramValuesAreUnescapedAndMayRepeatAName() throws SyslogParseException {
        SyslogMessage message = Rfc5424Parser.parse(
                "<13>1 - - - - - [x@1 a=\"q\\\"uote\" a=\"back\\\\slash\" b=\"br\\]acket\" c=\"keep\\n\"]");
        assertThat(message.structuredData().get(0).params()).containsExactly(new SdParam("a", "q\"uote"),
                new SdParam("a", "back\\slash"), new SdParam("b", "br]acket"), new SdParam("c", "keep\\n"));
        assertThat(message.timestamp()).isNull();
        assertThat(message.hostname()).isNull();
        assertThat(message.message()).isNull();
    }

    @Test
    void timestampsKeepFractionAndOffset() throws SyslogParseException {
        assertThat(Rfc5424Parser.parse("<13>1 2026-12-03T10:00:00.123456+02:00 h a p m - x").timestamp())
                .isEqualTo(Instant.parse("2026-12-03T08:00:00.123456Z"));
    }

    @Test
    void aByteOrderMarkBeforeTheMessageIsRemoved() throws SyslogParseException {
        assertThat(Rfc5424Parser.parse("<13>1 - h a p m - \uFEFFhéllo").message()).isEqualTo("héllo");
    }

    @Test
    void brokenMessagesNameWhatIsWrong() {
        assertThatThrownBy(() -> Rfc5424Parser.parse("<13>1 2026-12-03 h a p m - x"))
                .hasMessageContaining("TIMESTAMP");
        assertThatThrownBy(() -> Rfc5424Parser.parse("<13>1 - h a p m [x@1 a=\"open"))
                .hasMessageContaining("PARAM-VALUE");
        assertThatThrownBy(() -> Rfc5424Parser.parse("<13>1 - h a p m [x@1 a=\"v\"")).hasMessageContaining("']'");
        assertThatThrownBy(() -> Rfc5424Parser.parse("<13>1 - h a")).hasMessageContaining("APP-NAME");
        assertThatThrownBy(() -> Rfc5424Parser.parse("<13>1 - h a p m x")).hasMessageContaining("STRUCTURED-DATA");
        assertThatThrownBy(() -> Rfc5424Parser.parse("<192>1 - h a p m -")).hasMessageContaining("191");
        assertThatThrownBy(() -> Rfc5424Parser.parse("13>1 - h a p m -")).hasMessageContaining("PRI");
    }
}
