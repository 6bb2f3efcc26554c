package app.contactshield.desktop;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the app's resident memory close to what it really holds. Started with {@code java -jar} and no flags, the
 * VM may grow its heap to a quarter of the machine's memory while the search index is built, and by default keeps
 * that heap committed long after: a desktop app that idles most of the day would keep gigabytes. Three of the VM's
 * run-time settings fix that without a relaunch: a collection when the app has been idle for a while, after which
 * the heap shrinks, to at most {@value #IDLE_MAX_FREE}% free space instead of 70%. A setting given on the command
 * line or in the installer's launcher is left as it is; a VM without these settings is left alone.
 *
 * <p>While the indexes of a big store are built ({@link #workStarted()} to {@link #workEnded(boolean)}), the heap
 * may keep {@value #WORK_MIN_FREE}% free instead: with the idle app's 10% a build of 300,000 people made the VM
 * collect the whole heap a hundred times, for as long as the reading itself. An idle app runs no young
 * collections, so the idle collection alone cannot reclaim what a large build left behind; after such a build the
 * heap is collected once and shrinks back to what is live.
 */
public final class HeapFootprint {
    private static final Logger LOG = LoggerFactory.getLogger(HeapFootprint.class);
    /** Idle time in milliseconds after which the VM collects and hands free heap back. */
    static final String IDLE_COLLECTION_MILLIS = "30000";
    static final int IDLE_MIN_FREE = 10;
    static final int IDLE_MAX_FREE = 15;
    static final int WORK_MIN_FREE = 40;
    static final int WORK_MAX_FREE = 70;
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";
    private static final Object LOCK = new Object();
    private static int running;
    private static boolean collectWhenDone;

    private HeapFootprint() {
    }

    /** Applies the settings; call once at start, on any thread. Returns the settings it changed. */
    public static Map<String, String> keepSmall() {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put(MIN_FREE, Integer.toString(IDLE_MIN_FREE));
        wanted.put(MAX_FREE, Integer.toString(IDLE_MAX_FREE));
        wanted.put("G1PeriodicGCInterval", IDLE_COLLECTION_MILLIS);
        Map<String, String> changed = new LinkedHashMap<>();
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            for (Map.Entry<String, String> setting : wanted.entrySet()) {
                VMOption current = vm.getVMOption(setting.getKey());
                if (current.getOrigin() == VMOption.Origin.DEFAULT && current.isWriteable()) {
                    vm.setVMOption(setting.getKey(), setting.getValue());
                    changed.put(setting.getKey(), setting.getValue());
                }
            }
        } catch (LinkageError | RuntimeException e) {
            LOG.warn("The VM's heap settings could not be tuned; the heap may stay larger than needed: {}",
                    e.toString());
        }
        LOG.debug("Heap settings changed: {}", changed);
        return changed;
    }

    /**
     * A large build (an index of the whole store) starts on the calling thread: until every such build has ended,
     * the heap grows with room to spare, so that the build is not slowed by collections of a full heap. Free heap
     * ratios that the launch command set stay as they are. Call {@link #workEnded(boolean)} once for each call.
     */
    public static void workStarted() {
        synchronized (LOCK) {
            if (running++ == 0) {
                freeRatios(WORK_MIN_FREE, WORK_MAX_FREE);
            }
        }
    }

    /**
     * A large build ended (also when it failed). When it was the last one running, the heap keeps little free room
     * again, and is collected once (on the calling thread, a fraction of a second) if this or an earlier build
     * asked for it or {@link #release()} was called meanwhile.
     *
     * @param collect whether the build left enough garbage to collect at once (an index of a big store)
     */
    public static void workEnded(boolean collect) {
        synchronized (LOCK) {
            collectWhenDone |= collect;
            if (running == 0 || --running > 0) {
                return;
            }
            freeRatios(IDLE_MIN_FREE, IDLE_MAX_FREE);
            if (!collectWhenDone) {
                return;
            }
            collectWhenDone = false;
        }
        release();
    }

    /**
     * A full collection after a large build (the search index of a big store), so that the heap shrinks to what is
     * live. Pauses the VM for a fraction of a second: call it on a background thread, once per build. While a build
     * is still running, the collection waits for its end.
     */
    public static void release() {
        synchronized (LOCK) {
            if (running > 0) {
                collectWhenDone = true;
                return;
            }
        }
        long started = System.nanoTime();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        LOG.debug("Heap released after a large build in {} ms: {} MB used of {} MB committed",
                (System.nanoTime() - started) / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20);
    }

    /** How many large builds are running. */
    static int runningBuilds() {
        synchronized (LOCK) {
            return running;
        }
    }

    /** The free heap ratios now in force, as {@code min/max} percent. */
    static String freeRatios() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return vm.getVMOption(MIN_FREE).getValue() + "/" + vm.getVMOption(MAX_FREE).getValue();
    }

    /**
     * Sets both free heap ratios where this class set them at start (the VM refuses a minimum above the maximum,
     * so the order depends on the direction).
     */
    private static void freeRatios(int min, int max) {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (vm.getVMOption(MIN_FREE).getOrigin() != VMOption.Origin.MANAGEMENT
                    || vm.getVMOption(MAX_FREE).getOrigin() != VMOption.Origin.MANAGEMENT) {
                return;
            }
            boolean growing = min > Integer.parseInt(vm.getVMOption(MIN_FREE).getValue());
            vm.setVMOption(growing ? MAX_FREE : MIN_FREE, Integer.toString(growing ? max : min));
            vm.setVMOption(growing ? MIN_FREE : MAX_FREE, Integer.toString(growing ? min : max));
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("The VM's free heap ratios could not be changed", e);
        }
    }
}
