/**
 * The annotations a user puts on a {@link org.jkeops.annotations.Kernels @Kernels} interface.
 * Source retention only: nothing here is needed at run time.
 */
package org.jkeops.annotations;
