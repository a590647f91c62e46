/** The processor's message catalog ({@link org.jkeops.processor.diag.Msg}): every error has a stable code. */
package org.jkeops.processor.diag;
