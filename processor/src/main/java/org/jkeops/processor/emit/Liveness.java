package org.jkeops.processor.emit;

import org.jkeops.processor.plan.Instr;
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
            switch (program.node(id).instr()) {
                case Instr.Load l -> {
                }
                case Instr.Literal l -> {
                }
                case Instr.Un u -> live[u.a()] = true;
                case Instr.Bin b -> {
                    live[b.a()] = true;
                    live[b.b()] = true;
                }
                case Instr.Select s -> {
                    live[s.cond()] = true;
                    live[s.then()] = true;
                    live[s.otherwise()] = true;
                }
                case Instr.IfLess l -> {
                    live[l.a()] = true;
                    live[l.b()] = true;
                    live[l.then()] = true;
                    live[l.otherwise()] = true;
                }
                case Instr.Clamp c -> {
                    live[c.a()] = true;
                    live[c.low()] = true;
                    live[c.high()] = true;
                }
                case Instr.PowInt p -> live[p.a()] = true;
                case Instr.RoundTo r -> live[r.a()] = true;
            }
        }
        return live;
    }
}
