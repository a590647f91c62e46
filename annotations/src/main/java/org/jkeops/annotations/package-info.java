/**
 * The annotations a user puts on a {@link org.jkeops.annotations.Kernels @Kernels} interface.
 * Source retention only: nothing here is needed at run time, except {@link org.jkeops.annotations.Formulas},
 * the formula library that body-formula methods call when they run as plain Java.
 */
package org.jkeops.annotations;
