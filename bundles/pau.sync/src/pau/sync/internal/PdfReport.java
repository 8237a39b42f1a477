package pau.sync.internal;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import pau.sync.SyncReport;

/**
 * The report as PDF (B1), with OpenPDF: who synchronized, from which computer and when, the counts,
 * and the decisions grouped by procedure, worded by {@link ReportText}. The font is Liberation Sans,
 * which OpenPDF's own jar carries (it covers Cyrillic), embedded as a subset.
 */
final class PdfReport {

	/** Where OpenPDF's jar keeps its fallback font. */
	private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf"; //$NON-NLS-1$

	private PdfReport() {
	}

	static void write(SyncReport report, OutputStream out) throws IOException {
		ReportText text = new ReportText();
		BaseFont base = font();
		// Liberation Sans of OpenPDF's jar has no rouble sign: "руб." / "RUB" in its place.
		java.util.function.UnaryOperator<String> fit = base.charExists('\u20bd') ? s -> s
				: s -> s == null ? null : s.replace("\u20bd", text.text("Rouble")); //$NON-NLS-1$ //$NON-NLS-2$
		Font title = new Font(base, 15);
		Font normal = new Font(base, 9);
		Font small = new Font(base, 8);
		Font heading = new Font(base, 11);
		Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
		try {
			PdfWriter.getInstance(document, out);
			document.addTitle(text.title(report));
			document.addCreator("PAU Desk"); //$NON-NLS-1$
			document.open();
			document.add(new Paragraph(text.title(report), title));
			document.add(new Paragraph(text.origin(report), normal));
			document.add(new Paragraph(fit.apply(text.summary(report)), normal));
			for (ReportText.Group group : text.groups(report)) {
				Paragraph groupTitle = new Paragraph(fit.apply(group.title()), heading);
				groupTitle.setSpacingBefore(12);
				document.add(groupTitle);
				document.add(new Paragraph(fit.apply(group.counts()), small));
				if (group.lines().isEmpty()) {
					continue;
				}
				PdfPTable table = new PdfPTable(new float[] { 3, 18, 22, 10, 14, 14, 12 });
				table.setWidthPercentage(100);
				table.setSpacingBefore(4);
				table.setHeaderRows(1);
				for (String key : new String[] { "Col_no", "Col_decision", "Col_record", "Col_field", "Col_offline", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
						"Col_main", "Col_restored" }) { //$NON-NLS-1$ //$NON-NLS-2$
					PdfPCell cell = new PdfPCell(new Phrase(fit.apply(text.text(key)), small));
					cell.setBackgroundColor(new Color(230, 230, 230));
					table.addCell(cell);
				}
				for (ReportText.Line line : group.lines()) {
					PdfPCell number = new PdfPCell(new Phrase(String.valueOf(line.no()), small));
					number.setHorizontalAlignment(Element.ALIGN_RIGHT);
					table.addCell(number);
					String[] cells = { line.decision(), line.record(), line.field(), line.offlineValue(), line.mainValue(),
							line.restored() };
					for (int i = 0; i < cells.length; i++) {
						PdfPCell cell = new PdfPCell(new Phrase(fit.apply(cells[i]), small));
						if (line.numeric() && (i == 3 || i == 4)) {
							cell.setHorizontalAlignment(Element.ALIGN_RIGHT); // amounts line up by their digits
						}
						table.addCell(cell);
					}
				}
				document.add(table);
			}
			document.close();
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
	}

	private static BaseFont font() throws IOException {
		try (InputStream in = Document.class.getResourceAsStream(FONT)) {
			if (in == null) {
				throw new IOException("OpenPDF's font " + FONT + " is missing"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, //$NON-NLS-1$
					in.readAllBytes(), null);
		} catch (DocumentException e) {
			throw new IOException(e.getMessage(), e);
		}
	}
}
