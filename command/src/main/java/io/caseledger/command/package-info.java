/** The write side: aggregates decide whether a command may happen and which events it yields. */
package io.caseledger.command;
