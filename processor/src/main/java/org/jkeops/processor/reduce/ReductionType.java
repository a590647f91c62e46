package org.jkeops.processor.reduce;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import org.jkeops.annotations.Reduction;
import org.jkeops.annotations.SumScheme;
import org.jkeops.processor.plan.Precision;

/**
 * What a reduction means, defined once: its four steps as in docs/FORMULAS.md, and the facts the
 * rest of the compiler asks about it. Each family is one class that spells the steps in the
 * three dialects the back ends speak:
 *
 * <ul>
 * <li><b>scalar Java</b> ({@link ScalarRow}): {@code init} before the loop over the reduced
 *     index, {@code fold} per pair, {@code finalize} writing the outputs. The scalar kernel uses
 *     it, and so does the SIMD kernel's scalar tail, which continues from the lanes' merged state;
 * <li><b>Vector API lanes</b> ({@link LaneRow}): {@code init} as neutral vectors, {@code fold}
 *     per vector of pairs, {@code merge} of the lanes into the scalar dialect's state;
 * <li><b>OpenCL C</b> ({@link ClRow}): {@code init}, {@code fold} and {@code finalize} per work
 *     item.
 * </ul>
 *
 * The {@code merge} of parts of a split reduced index runs on the host, in
 * {@link #splitMerge}: one runtime method per family on the parts' finalized outputs.
 */
public sealed interface ReductionType permits SumReduction, MinMaxReduction, KMinReduction, OnlineExpReduction {

    /**
     * The type of a reduction with its parameters: the emitters' only switch over {@link Reduction}
     * (the front end's rules, {@code model/ReductionChecks}, and gradient forms,
     * {@code model/GradientTargets}, read the annotation's value themselves).
     */
    static ReductionType of(Reduction reduction, SumScheme sum, Precision precision, int k, boolean weighted) {
        return switch (reduction) {
            case SUM -> new SumReduction(sum, precision);
            case MIN -> new MinMaxReduction(false, true, false, precision);
            case MAX -> new MinMaxReduction(true, true, false, precision);
            case ARG_MIN -> new MinMaxReduction(false, false, true, precision);
            case ARG_MAX -> new MinMaxReduction(true, false, true, precision);
            case MIN_ARG_MIN -> new MinMaxReduction(false, true, true, precision);
            case MAX_ARG_MAX -> new MinMaxReduction(true, true, true, precision);
            case K_MIN -> new KMinReduction(k, true, false, precision);
            case ARG_K_MIN -> new KMinReduction(k, false, true, precision);
            case K_MIN_ARG_K_MIN -> new KMinReduction(k, true, true, precision);
            case LOG_SUM_EXP -> new OnlineExpReduction(false, weighted, false, precision);
            case SUM_SOFTMAX_WEIGHT -> new OnlineExpReduction(true, true, false, precision);
        };
    }

    /** Whether the reduction produces values (float or double). */
    default boolean hasValues() {
        return true;
    }

    /** Whether the reduction produces indices. */
    default boolean hasIndices() {
        return false;
    }

    /**
     * Whether backends may split the reduced index into parts reduced separately and merged from
     * their finalized outputs by {@link #splitMerge}.
     */
    boolean splittable();

    /** Output elements per output row, for a formula of dimension {@code dim} and a weight of {@code weightDim} (0: none). */
    default int outputWidth(int dim, int weightDim) {
        return dim;
    }

    // ---- scalar Java --------------------------------------------------------------------------

    /** State allocated once per call rather than per row (the K reductions' sorted buffers, {@link RowBuffer}). */
    default void scalarBuffers(CodeBlock.Builder b, ScalarRow row) {
    }

    void scalarInit(CodeBlock.Builder b, ScalarRow row);

    /**
     * Whether the scalar and OpenCL loops fold the pairs in blocks ({@link SumReduction#BLOCK}
     * pairs in scalar code, one work-group tile in OpenCL), opened by {@link #scalarBlockInit} /
     * {@link #clBlockInit} and closed by {@link #scalarBlockEnd} / {@link #clBlockEnd}.
     */
    default boolean blocked() {
        return false;
    }

    /** Opens a block of pairs (only when {@link #blocked()}). */
    default void scalarBlockInit(CodeBlock.Builder b, ScalarRow row) {
    }

    /** Closes a block of pairs (only when {@link #blocked()}). */
    default void scalarBlockEnd(CodeBlock.Builder b, ScalarRow row) {
    }

    void scalarFold(CodeBlock.Builder b, ScalarRow row);

    void scalarFinish(CodeBlock.Builder b, ScalarRow row);

    /**
     * The scalar state {@link #laneMerge} leaves and the scalar tail continues from, as
     * (type, name); state passed by reference (buffers) is in {@link #laneBuffers}.
     */
    List<Slot> scalarState(ScalarRow row);

    // ---- Vector API lanes ---------------------------------------------------------------------

    /**
     * Arrays of a row's state (the K reductions' sorted buffers and tile), allocated once per task
     * and passed to every block (and to its scalar tail where it reads them), which reuse them row
     * after row ({@link #laneInit} resets them): no allocation per row.
     */
    default List<RowBuffer> laneBuffers(LaneRow row) {
        return List.of();
    }

    void laneInit(CodeBlock.Builder b, LaneRow row);

    /**
     * Whether the lane loop runs in tiles of {@link SumReduction#BLOCK} pairs, opened by
     * {@link #laneTileInit} and closed by {@link #laneTileEnd}.
     */
    default boolean laneTiled() {
        return false;
    }

    /** Opens a tile of pairs (only when {@link #laneTiled()}). */
    default void laneTileInit(CodeBlock.Builder b, LaneRow row) {
    }

    /** Closes a tile of pairs (only when {@link #laneTiled()}). */
    default void laneTileEnd(CodeBlock.Builder b, LaneRow row) {
    }

    void laneFold(CodeBlock.Builder b, LaneRow row);

    /** Lanes into the row's scalar state ({@link LaneRow#state}, its names: {@link #scalarState}). */
    void laneMerge(CodeBlock.Builder b, LaneRow row);

    /** Vectors {@link #laneMerge} stores at once into the row kernel's scratch array ({@link LaneRow#SCRATCH}). */
    default int laneScratchVectors(LaneRow row) {
        return 1;
    }

    /** Whether the lane fold reads the lanes' j indices ({@code jv}). */
    default boolean usesLaneIndex() {
        return false;
    }

    /** Whether the fold computes an exponential per pair (the online log-sum-exp). */
    default boolean usesExp() {
        return false;
    }

    /** Whether each row keeps buffers in memory, so that blocking rows in registers gains nothing. */
    default boolean rowAtATime() {
        return false;
    }

    /** Whether the fold adds the formula's value to an accumulator, into which a product can be fused (FMA). */
    default boolean foldAdds() {
        return false;
    }

    // ---- lane state carried between chunks of j (the tiled schedule's cache blocking) ----------

    /**
     * Whether the lanes' state can be carried from one chunk of the reduced index to the next:
     * the tiled SIMD schedule sweeps all of a task's rows over a chunk of j that fits the L2 cache
     * before the next chunk ({@code TiledBlock}), saving each row's lane state at the end of a
     * chunk ({@link #laneSave}) and restoring it at the start of the next ({@link #laneRestore}).
     * The state goes through memory exactly, so the result is bit for bit that of one sweep.
     */
    default boolean laneCarried() {
        return false;
    }

    /** Values of the kernel's type one row's carried state takes, with vectors of {@code lanes} lanes. */
    default int laneCarryValues(LaneRow row, int lanes) {
        return 0;
    }

    /** Ints one row's carried state takes. */
    default int laneCarryInts(LaneRow row) {
        return 0;
    }

    /**
     * Saves the row's lane state into {@code values} from {@code valuesAt} and {@code ints} from
     * {@code intsAt} (expressions), in {@link #laneCarryValues} and {@link #laneCarryInts} elements.
     */
    default void laneSave(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, String ints, String intsAt,
            int lanes) {
        throw new IllegalStateException(getClass().getSimpleName() + " carries no lane state");
    }

    /**
     * Whether a tile that a chunk's end cuts carries its open state to the next chunk
     * ({@link #laneTileSave}, {@link #laneTileRestore}); if not, {@link #laneTileEnd} closes it
     * where the chunk ends and the next chunk opens a new one.
     */
    default boolean laneTileCarried() {
        return true;
    }

    /**
     * Saves the open tile's state ({@link #laneTileInit}; only when {@link #laneTileCarried()}) when a
     * chunk ends inside a tile, within the row's {@link #laneCarryValues}; restored by
     * {@link #laneTileRestore} after the next chunk's {@link #laneTileInit}.
     */
    default void laneTileSave(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, int lanes) {
        throw new IllegalStateException(getClass().getSimpleName() + " carries no tile state");
    }

    /** Restores what {@link #laneTileSave} saved. */
    default void laneTileRestore(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, int lanes) {
        throw new IllegalStateException(getClass().getSimpleName() + " carries no tile state");
    }

    /** Restores what {@link #laneSave} saved, after {@link #laneInit} declared the state. */
    default void laneRestore(CodeBlock.Builder b, LaneRow row, String values, String valuesAt, String ints,
            String intsAt, int lanes) {
        throw new IllegalStateException(getClass().getSimpleName() + " carries no lane state");
    }

    // ---- OpenCL C -----------------------------------------------------------------------------

    void clInit(ClRow row);

    /** Opens a block of pairs in OpenCL (only when {@link #blocked()}). */
    default void clBlockInit(ClRow row) {
    }

    /** Closes a block of pairs in OpenCL (only when {@link #blocked()}). */
    default void clBlockEnd(ClRow row) {
    }

    void clFold(ClRow row);

    void clFinish(ClRow row);

    /**
     * Whether OpenCL kernels write values even when the reduction outputs none: ARG_MIN, ARG_MAX
     * and ARG_K_MIN, whose parts of a split j are merged by comparing values
     * ({@link #clSplitMerge}). The host gives such a kernel a scratch array for them.
     */
    default boolean clWritesValues() {
        return hasValues();
    }

    /**
     * Whether OpenCL kernels write, per row and part, the normaliser of their finalized values
     * (SUM_SOFTMAX_WEIGHT: its running maximum and the sum of exp(v - max), two elements per row
     * at {@code outNorm[2 * (part * rows + i)]}), so that parts can be weighted in the merge; or,
     * with {@link #clNormalisesEachOutput}, two elements per output element.
     */
    default boolean clWritesNormaliser() {
        return false;
    }

    /**
     * Whether the {@link #clWritesNormaliser normaliser} has two elements per output element (at
     * {@code outNorm[2 * (o + c)]}) rather than per row: a weighted LOG_SUM_EXP's running maximum
     * and its unfinalized sum, whose sign a part's finalized log loses.
     */
    default boolean clNormalisesEachOutput() {
        return false;
    }

    /**
     * Whether OpenCL kernels write their float64 sums beside the float32 outputs (a float32 SUM in
     * the DOUBLE scheme: its parts are added in float64 and rounded once, at
     * {@code outAcc[(part * rows + i) * dim + c]}).
     */
    default boolean clWritesDoubleSums() {
        return false;
    }

    /**
     * Whether OpenCL launches may split j into parts: every reduction, as the parts' outputs
     * (with {@link #clWritesValues}, {@link #clWritesNormaliser} and {@link #clWritesDoubleSums})
     * are enough to merge them.
     */
    default boolean clSplittable() {
        return splittable() || clWritesValues() && !hasValues() || clWritesNormaliser() || clWritesDoubleSums();
    }

    /**
     * The host merge of an OpenCL launch's parts: {@link #splitMerge}, except for the reductions
     * that {@link #splittable} alone cannot merge.
     *
     * @param extraParts the parts' normalisers ({@code T[][]}, with {@link #clWritesNormaliser}) or
     *                  float64 sums ({@code double[][]}, with {@link #clWritesDoubleSums})
     * @param scratch   a values array of the output's length, for reductions that output no values
     */
    default void clSplitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String extraParts, String out,
            String outIndex, String scratch, String rows, int dim) {
        splitMerge(b, valueParts, indexParts, out, outIndex, rows, dim);
    }

    /** Whether the program needs {@code cl_khr_fp64} even in float32. */
    default boolean usesDouble() {
        return false;
    }

    // ---- host merge of split parts ------------------------------------------------------------

    /**
     * The call merging split parts' finalized outputs.
     *
     * @param valueParts the {@code T[][]} of the parts' values
     * @param indexParts the {@code int[][]} of the parts' indices (unused without indices)
     * @param out        the values output
     * @param outIndex   the indices output (unused without indices)
     * @param rows       the output rows
     * @param dim        the formula's dimension
     */
    void splitMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out, String outIndex,
            String rows, int dim);

    /**
     * Whether an engine that runs the kernel on parts of the reduced axis itself (a
     * {@code KernelMethod}'s {@code callPart}, on Spark tiles: no OpenCL extras) can merge the
     * parts' outputs: the {@link #splittable} reductions, those whose {@link #finalizedPartsMerge}
     * merges the finalized parts another way, and those whose parts come from a {@link #partial}
     * companion.
     */
    default boolean finalizedPartsMerge() {
        return splittable() || partial() != null;
    }

    /**
     * The type of a companion kernel whose output rows carry, after the finalized values, what the
     * finalized values lack to merge ({@link #outputWidth} counts it), or null where the finalized
     * outputs are all a part needs. SUM_SOFTMAX_WEIGHT: its normaliser (running maximum, sum of
     * exp(v - max)), as its OpenCL parts write it beside their values. ARG_MIN / ARG_MAX /
     * ARG_K_MIN: the values beside the indices (MIN_ARG_MIN / MAX_ARG_MAX / K_MIN_ARG_K_MIN), which
     * the merge compares and then drops, as the OpenCL split of these does.
     */
    default ReductionType partial() {
        return null;
    }

    /** What a {@link #partial} companion's output rows hold, for its javadoc: an arg reduction's values. */
    default String partialRows() {
        return "the values beside the indices, which the merge of parts compares, then drops";
    }

    /**
     * The merge of parts where {@link #finalizedPartsMerge()}: of the finalized outputs, or of the
     * {@link #partial} companion's where there is one; unless overridden (for extra parts), the
     * OpenCL merge without extra parts: {@link #splitMerge}, or for an arg-only reduction its
     * companion's values, compared in a scratch array, then dropped. A reduction whose
     * {@link #clSplitMerge} reads {@code extraParts} must override this: it passes null.
     */
    default void finalizedPartsMerge(CodeBlock.Builder b, String valueParts, String indexParts, String out,
            String outIndex, String rows, int dim) {
        clSplitMerge(b, valueParts, indexParts, null, out, outIndex,
                "new " + precision().javaType() + "[" + outIndex + ".length]", rows, dim);
    }

    /** The precision of the values the reduction folds. */
    Precision precision();
}
