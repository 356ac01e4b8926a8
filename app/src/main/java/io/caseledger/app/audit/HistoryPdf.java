package io.caseledger.app.audit;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The printable record of a case for a file review: every event in order with who, when, why,
 * the facts recorded and the chain hashes, and the verification result at the end.
 */
final class HistoryPdf {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PDType1Font BODY = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private static final float MARGIN = 50, SIZE = 9, LEADING = 12, WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    private final PDDocument document = new PDDocument();
    private PDPageContentStream page;
    private float y;

    private HistoryPdf() {
    }

    static byte[] write(String caseId, List<CaseHistory.Entry> entries, ChainVerification.ChainReport report, String printedBy) {
        HistoryPdf pdf = new HistoryPdf();
        try {
            pdf.line(BOLD, "Case record " + caseId);
            pdf.line(BODY, "Printed " + Instant.now() + " by " + printedBy + ". " + entries.size() + " events, oldest first.");
            pdf.line(BODY, "");
            for (CaseHistory.Entry e : entries) {
                pdf.line(BOLD, "#" + e.sequence() + "  " + e.type() + "  " + e.timestamp());
                pdf.line(BODY, "by " + e.userId() + " (" + e.userRole() + ")" + (e.reason() == null ? "" : ", reason: " + e.reason()));
                pdf.wrapped("facts: " + JSON.writeValueAsString(e.payload()));
                pdf.line(BODY, "correlation " + e.correlationId() + "  causation " + e.causationId());
                pdf.line(BODY, "hash " + e.hash());
                pdf.line(BODY, "");
            }
            pdf.line(BOLD, report.verified()
                    ? "Hash chain verified: " + report.events() + " events, head " + report.headHash()
                    : "HASH CHAIN BROKEN at sequence " + report.brokenAtSequence() + ": " + report.problem());
            return pdf.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void wrapped(String text) throws IOException {
        for (String line : wrap(printable(text))) {
            line(BODY, line);
        }
    }

    private void line(PDType1Font font, String text) throws IOException {
        if (page == null || y < MARGIN) {
            newPage();
        }
        page.beginText();
        page.setFont(font, SIZE);
        page.newLineAtOffset(MARGIN, y);
        page.showText(printable(text));
        page.endText();
        y -= LEADING;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private byte[] finish() throws IOException {
        if (page != null) {
            page.close();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.save(out);
        document.close();
        return out.toByteArray();
    }

    private static List<String> wrap(String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (char c : text.toCharArray()) {
            current.append(c);
            if (BODY.getStringWidth(current.toString()) / 1000 * SIZE > WIDTH) {
                current.setLength(current.length() - 1);
                lines.add(current.toString());
                current.setLength(0);
                current.append(c);
            }
        }
        lines.add(current.toString());
        return lines;
    }

    /** The standard fonts cover WinAnsi only; anything else prints as '?' rather than failing the export. */
    private static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(cp >= 0x20 && cp < 0x7f || cp >= 0xa0 && cp <= 0xff ? (char) cp : '?'));
        return out.toString();
    }
}
