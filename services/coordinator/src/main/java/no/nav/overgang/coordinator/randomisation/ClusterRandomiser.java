package no.nav.overgang.coordinator.randomisation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cluster randomisation by office: every case of an office gets the office's arm. The offices, in their configured
 * order (new offices are appended, never inserted), take the arms of one secret block list, so the arms get offices
 * in the allocation ratio and nobody without the salt can tell which office gets which arm.
 */
public class ClusterRandomiser implements Randomiser {

    public static final String METHOD = "cluster-by-office";
    public static final int VERSION = 1;

    private final Map<String, Arm> armOfOffice = new LinkedHashMap<>();

    public ClusterRandomiser(RandomisationProperties properties, List<String> offices) {
        if (offices.isEmpty()) {
            throw new IllegalArgumentException(
                    "cluster randomisation needs the pilot's offices (overgang.coordinator.pilot.offices)");
        }
        BlockList blocks = new BlockList(properties.randomisationSalt(), properties.arms());
        for (int i = 0; i < offices.size(); i++) {
            armOfOffice.put(offices.get(i), blocks.armAt("clusters", i));
        }
    }

    @Override
    public Assignment assign(Allocation allocation) {
        Arm arm = armOfOffice.get(allocation.office());
        if (arm == null) {
            throw new IllegalStateException("office " + allocation.office() + " is not in the pilot, so it has no arm");
        }
        return new Assignment(arm, METHOD, VERSION, null);
    }
}
