/**
 * One kernel method, from its declaration to its {@link org.jkeops.processor.plan.KernelPlan}:
 * {@link org.jkeops.processor.model.KernelMethodAnalyzer} runs, in order, what the method declares
 * ({@code KernelDeclarations}, a {@code @Gradient}'s target in {@code GradientTargets}), its
 * parameters ({@code Parameters}), its formulas as IR ({@code FormulaResolver}; a gradient's from
 * its {@code GradientForm} via {@code GradientDerivation}), the rules of its reduction and outputs
 * ({@code ReductionChecks}, {@code OutputChecks}), then simplify, lower and plan
 * ({@code PlanBuilder}). Every problem is reported through {@link org.jkeops.processor.model.Reporter}
 * with its catalog code; a method with an error gets no plan.
 */
package org.jkeops.processor.model;
