/**
 * Commands over HTTP, declared as data: each {@link io.caseledger.app.web.commands.CommandRoute} maps a
 * POST path to a command record and the roles that may send it. One endpoint turns JSON plus path
 * variables into the command, so validation, errors and metadata work the same for every command.
 */
package io.caseledger.app.web.commands;
