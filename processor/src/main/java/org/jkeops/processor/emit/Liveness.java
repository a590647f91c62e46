package org.jkeops.processor.emit;

import java.util.stream.Stream;
import org.jkeops.processor.plan.Program;

/** Which values of a program an output depends on: dead values are not emitted. */
final class Liveness {
    private Liveness() {
    }

    static boolean[] live(Program program) {
        boolean[] live = outputs(program);
        // Operands have smaller ids than their users: one backward sweep suffices.
        for (int id = live.length - 1; id >= 0; id--) {
            if (live[id]) {
                program.node(id).instr().operands().forEach(operand -> live[operand] = true);
            }
        }
        return live;
    }

    /** The program's outputs (formula and weight components) marked, nothing else. */
    static boolean[] outputs(Program program) {
        boolean[] live = new boolean[program.nodes().size()];
        Stream.concat(program.formula().stream(), program.weight().stream()).forEach(id -> live[id] = true);
        return live;
    }
}
