//! A report as an Excel workbook: one sheet per table, the heading on top,
//! counts as numbers and shares as percentages, so the figures can be
//! summed and charted in LibreOffice or Excel.

use super::tabular::{machine_column, Cell, Table};
use crate::error::{ReportError, Result};
use rust_xlsxwriter::{Format, Workbook, XlsxError};

/// The workbook's bytes.
pub fn workbook(heading: &[String], tables: &[Table]) -> Result<Vec<u8>> {
    build(heading, tables).map_err(|e| ReportError::Xlsx(e.to_string()).into())
}

fn build(heading: &[String], tables: &[Table]) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let bold = Format::new().set_bold();
    let head = Format::new().set_bold().set_text_wrap();
    let pct = Format::new().set_num_format("0.0%");
    let dec = Format::new().set_num_format("0.00");
    for t in tables {
        let ws = wb.add_worksheet();
        ws.set_name(&t.short)?;
        let mut row = 0u32;
        for (i, line) in heading.iter().enumerate() {
            if i == 0 {
                ws.write_string_with_format(row, 0, line, &bold)?;
            } else {
                ws.write_string(row, 0, line)?;
            }
            row += 1;
        }
        ws.write_string_with_format(row, 0, &t.title, &bold)?;
        row += 2;
        let header_row = row;
        // Machine keys (measure names, row keys, people's ids) are left to
        // JSON and CSV.
        let shown: Vec<usize> = (0..t.columns.len())
            .filter(|&i| !machine_column(&t.columns[i].key))
            .collect();
        for (c, col) in shown.iter().map(|&i| &t.columns[i]).enumerate() {
            let c = c as u16;
            ws.write_string_with_format(row, c, &col.label, &head)?;
            let width = match col.key.as_str() {
                "name" => 60.0,
                "items" | "results" => 20.0,
                _ => 14.0,
            };
            ws.set_column_width(c, width)?;
        }
        row += 1;
        for cells in &t.rows {
            for (c, cell) in shown.iter().filter_map(|&i| cells.get(i)).enumerate() {
                let c = c as u16;
                match cell {
                    Cell::Text(_) | Cell::Named(..) | Cell::Code(..) => {
                        ws.write_string(row, c, cell.display())?;
                    }
                    Cell::Count(n) => {
                        ws.write_number(row, c, *n as f64)?;
                    }
                    Cell::Share(Some(x)) => {
                        ws.write_number_with_format(row, c, *x, &pct)?;
                    }
                    Cell::Decimal(Some(x)) => {
                        ws.write_number_with_format(row, c, *x, &dec)?;
                    }
                    Cell::Share(None) | Cell::Decimal(None) | Cell::Empty => {}
                }
            }
            row += 1;
        }
        if t.has_uncertain() {
            row += 1;
            ws.write_string(row, 0, super::tabular::footnote())?;
        }
        ws.set_freeze_panes(header_row + 1, 0)?;
    }
    wb.save_to_buffer()
}
