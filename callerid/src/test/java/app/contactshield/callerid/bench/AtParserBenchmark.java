package app.contactshield.callerid.bench;

import app.contactshield.callerid.hfp.AtLineFramer;
import app.contactshield.callerid.hfp.AtResult;
import app.contactshield.callerid.hfp.AtResultParser;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/** Cost of framing and parsing what a phone sends when a call rings (an incoming-call burst). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AtParserBenchmark {

    private static final String BURST = "\r\n+CIEV: 3,1\r\n\r\nRING\r\n\r\n+CLIP: \"+498971040120\",145,,,,0\r\n"
            + "\r\n+CLCC: 1,1,4,0,0,\"+498971040120\",145,\"\"\r\n\r\nOK\r\n";

    private byte[] burst;
    private Blackhole sink;
    private AtLineFramer framer;

    @Setup
    public void setUp(Blackhole blackhole) {
        burst = BURST.getBytes(StandardCharsets.US_ASCII);
        sink = blackhole;
        framer = new AtLineFramer(line -> sink.consume(AtResultParser.parse(line)));
    }

    @Benchmark
    public void frameAndParseIncomingCallBurst() {
        framer.feed(burst, 0, burst.length);
    }

    @Benchmark
    public AtResult parseClccLine() {
        return AtResultParser.parse("+CLCC: 1, 1, 4, 0, 0, \"  +498971040120\", 145, \"Ada Beispiel\"");
    }
}
