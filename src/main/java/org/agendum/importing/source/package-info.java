/**
 * A document being imported, as its readers see it and before anything is recognized: blocks of styled text
 * (paragraphs and tables) in reading order, each with the place it came from. The Word, PDF and text readers
 * all produce this, so that one recognizer turns any of them into a meeting. Plain Java over the model's runs.
 */
package org.agendum.importing.source;
