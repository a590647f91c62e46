package org.jkeops.processor.emit;

import org.jkeops.processor.plan.Program;

/** Which values of a program an output depends on: dead values are not emitted. */
final class Liveness {
    private Liveness() {
    }

    static boolean[] live(Program program) {
        boolean[] live = new boolean[program.nodes().size()];
        for (int id : program.formula()) {
            live[id] = true;
        }
        for (int id : program.weight()) {
            live[id] = true;
        }
        // Operands have smaller ids than their users: one backward sweep suffices.
        for (int id = live.length - 1; id >= 0; id--) {
            if (!live[id]) {
                continue;
            }
            for (int operand : program.node(id).instr().operands()) {
                live[operand] = true;
            }
        }
        return live;
    }
}
