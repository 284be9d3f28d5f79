package no.nav.overgang.coordinator.randomisation;

/**
 * Stratified permuted blocks: each stratum (source benefit × office) has its own secret block list, and the n-th case
 * entering a stratum gets the n-th arm of it. Within a stratum the arms never drift apart by more than a block.
 * The case's position is stored with its assignment, so the allocation can be checked against the list afterwards.
 */
public class PermutedBlockRandomiser implements Randomiser {

    public static final String METHOD = "permuted-blocks";
    public static final int VERSION = 1;

    /** Hands out the next position in a stratum, once, in the caller's transaction. */
    public interface StratumSequence {
        int next(String stratum);
    }

    private final BlockList blocks;
    private final StratumSequence sequence;

    public PermutedBlockRandomiser(RandomisationProperties properties, StratumSequence sequence) {
        this.blocks = new BlockList(properties.randomisationSalt(), properties.arms());
        this.sequence = sequence;
    }

    @Override
    public Assignment assign(Allocation allocation) {
        int index = sequence.next(allocation.stratum());
        return new Assignment(blocks.armAt("stratum|" + allocation.stratum(), index), METHOD, VERSION, index);
    }
}
