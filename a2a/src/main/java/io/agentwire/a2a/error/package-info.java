/** The A2A error table and the exception that carries an entry of it through every binding. */
package io.agentwire.a2a.error;
