package org.jkeops.processor.plan;

import java.util.List;

/**
 * A lowered formula: straight-line scalar code in SSA form, values numbered from 0 in order.
 * {@code formula} and {@code weight} list the value ids of each output component (the weight is
 * empty when the reduction has none).
 */
public record Program(List<Node> nodes, List<Integer> formula, List<Integer> weight) {
    public Program {
        nodes = List.copyOf(nodes);
        formula = List.copyOf(formula);
        weight = List.copyOf(weight);
    }

    /** One value: its id (its index in {@code nodes}), how it is computed, and its level. */
    public record Node(int id, Instr instr, Level level) {
    }

    public Node node(int id) {
        return nodes.get(id);
    }

    /** A readable listing, one value per line, for IR dumps. */
    public String listing() {
        StringBuilder sb = new StringBuilder();
        for (Node n : nodes) {
            sb.append(String.format("  t%-4d %-8s %s%n", n.id(), n.level(), n.instr()));
        }
        sb.append("  formula: ").append(formula).append('\n');
        if (!weight.isEmpty()) {
            sb.append("  weight:  ").append(weight).append('\n');
        }
        return sb.toString();
    }
}
