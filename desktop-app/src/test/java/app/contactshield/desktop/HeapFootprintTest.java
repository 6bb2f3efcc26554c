package app.contactshield.desktop;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
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
                        .isNotEqualTo(com.sun.management.VMOption.Origin.DEFAULT);
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
}
