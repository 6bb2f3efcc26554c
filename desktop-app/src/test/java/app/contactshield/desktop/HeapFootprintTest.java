package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.management.HotSpotDiagnosticMXBean;
import com.sun.management.VMOption;
import java.lang.management.ManagementFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeapFootprintTest {
    private final HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);

    @Test
    void letsTheVmShrinkItsHeapWhenIdleUnlessTheLaunchCommandSaidOtherwise() {
        Map<String, String> changed = HeapFootprint.keepSmall();

        for (String setting : new String[] {"MinHeapFreeRatio", "MaxHeapFreeRatio", "G1PeriodicGCInterval"}) {
            String value = vm.getVMOption(setting).getValue();
            if (changed.containsKey(setting)) {
                assertThat(value).as(setting).isEqualTo(changed.get(setting));
            } else {
                assertThat(vm.getVMOption(setting).getOrigin()).as(setting)
                        .isNotEqualTo(VMOption.Origin.DEFAULT);
            }
        }
        assertThat(Long.parseLong(vm.getVMOption("MaxHeapFreeRatio").getValue())).isLessThanOrEqualTo(70);
    }

    @Test
    void leavesSettingsItChangedBeforeAsTheyAre() {
        HeapFootprint.keepSmall();

        Map<String, String> again = HeapFootprint.keepSmall();

        assertThat(again).isEmpty();
        assertThat(vm.getVMOption("G1PeriodicGCInterval").getValue())
                .isEqualTo(HeapFootprint.IDLE_COLLECTION_MILLIS);
    }

    @Test
    void leavesRoomToGrowWhileAnyLargeBuildRunsAndNarrowsItWhenTheLastEnds() {
        HeapFootprint.keepSmall();
        assumeTrue(vm.getVMOption("MinHeapFreeRatio").getOrigin() == VMOption.Origin.MANAGEMENT
                && vm.getVMOption("MaxHeapFreeRatio").getOrigin() == VMOption.Origin.MANAGEMENT
                && HeapFootprint.runningBuilds() == 0);
        String idle = HeapFootprint.IDLE_MIN_FREE + "/" + HeapFootprint.IDLE_MAX_FREE;
        String working = HeapFootprint.WORK_MIN_FREE + "/" + HeapFootprint.WORK_MAX_FREE;

        HeapFootprint.workStarted();
        HeapFootprint.workStarted();
        String whileBoth = HeapFootprint.freeRatios();
        HeapFootprint.workEnded(false);
        String whileOne = HeapFootprint.freeRatios();
        HeapFootprint.workEnded(true);

        assertThat(whileBoth).isEqualTo(working);
        assertThat(whileOne).isEqualTo(working);
        assertThat(HeapFootprint.freeRatios()).isEqualTo(idle);
    }

    @Test
    void anEndWithoutAStartChangesNothing() {
        HeapFootprint.keepSmall();
        assumeTrue(HeapFootprint.runningBuilds() == 0);
        String before = HeapFootprint.freeRatios();

        HeapFootprint.workEnded(false);

        assertThat(HeapFootprint.freeRatios()).isEqualTo(before);
    }
}
