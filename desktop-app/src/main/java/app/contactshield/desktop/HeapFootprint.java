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
 * the heap shrinks, to at most 30% free space instead of 70%. A setting given on the command line or in the
 * installer's launcher is left as it is; a VM without these settings is left alone.
 *
 * <p>An idle app runs no young collections, so the idle collection alone cannot reclaim what a large build left
 * behind; after such a build, {@link #release()} collects once.
 */
public final class HeapFootprint {
    private static final Logger LOG = LoggerFactory.getLogger(HeapFootprint.class);
    /** Idle time in milliseconds after which the VM collects and hands free heap back. */
    static final String IDLE_COLLECTION_MILLIS = "30000";

    private HeapFootprint() {
    }

    /** Applies the settings; call once at start, on any thread. Returns the settings it changed. */
    public static Map<String, String> keepSmall() {
        Map<String, String> wanted = new LinkedHashMap<>();
        wanted.put("MinHeapFreeRatio", "10");
        wanted.put("MaxHeapFreeRatio", "30");
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
     * A full collection after a large build (the search index of a big store), so that the heap shrinks to what is
     * live. Pauses the VM for a fraction of a second: call it on a background thread, once per build.
     */
    public static void release() {
        long started = System.nanoTime();
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        LOG.debug("Heap released after a large build in {} ms: {} MB used of {} MB committed",
                (System.nanoTime() - started) / 1_000_000, (runtime.totalMemory() - runtime.freeMemory()) >> 20,
                runtime.totalMemory() >> 20);
    }
}
