// The report's tables as CSV, with the same query string as the page (/berichte/tabelle/gemeinden?…):
// the same request to the API, so the file holds exactly the figures the page shows, suppression included.
import { error } from '@sveltejs/kit';
import { reportFileName, toCsv } from '$lib/report';
import { brochureFigures, densityTable, figureTable, halfYearLabel, matrixTable } from '$lib/report-tables';
import { GraphqlRequestError, failPage } from '$lib/server/graphql';
import { fetchPicker, fetchReport, reportSelection } from '$lib/server/report';
import type { RequestHandler } from './$types';

const TABLES = ['gemeinden', 'weiterleitungen', 'beratungen', 'weiterleitungsziele', 'kontakte'] as const;
type Table = (typeof TABLES)[number];

export const GET: RequestHandler = async ({ fetch, url, params }) => {
  const name = params.name as Table;
  if (!TABLES.includes(name)) error(404, { message: 'Nicht gefunden / not found', reason: 'notFound' });
  let picker;
  try {
    picker = await fetchPicker(fetch);
  } catch (cause) {
    failPage(cause, url, 'report table');
  }
  const selection = reportSelection(url.searchParams, picker.today, picker.districts, true);
  if (selection.problem)
    error(400, {
      message:
        selection.problem === 'kreis' || selection.problem === 'alle'
          ? 'Landkreis unbekannt / unknown district'
          : 'Zeitraum ungültig / invalid period',
    });
  let report;
  try {
    report = await fetchReport(fetch, selection);
  } catch (cause) {
    // A selection the API refuses for this role or period: say which, as the page does.
    if (cause instanceof GraphqlRequestError && cause.code === 'BAD_USER_INPUT')
      error(400, { message: cause.message });
    failPage(cause, url, 'report table');
  }
  const min = report.densityReport.minimumCellSize;
  const [consultations, referrals, contacts] = brochureFigures(report.halfYears, halfYearLabel);
  const tables: Record<Table, () => ReturnType<typeof densityTable>> = {
    gemeinden: () => densityTable(report.densityReport),
    weiterleitungen: () => matrixTable(report.period.total, min),
    beratungen: () => figureTable(consultations!, min),
    weiterleitungsziele: () => figureTable(referrals!, min),
    kontakte: () => figureTable(contacts!, min),
  };
  const table = tables[name]();
  return new Response(toCsv(table.header, table.rows), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${reportFileName(name, selection.district, selection, 'csv')}"`,
      'cache-control': 'private, no-store',
    },
  });
};
