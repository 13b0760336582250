/**
 * The tables page in the browser, without the app's script: its prerendered HTML holds every row
 * in the default order, and this sorts, filters and keeps the view in the address, with the same
 * rules the app uses ($lib/data/table, $lib/state/table-query). The page's markup says what each
 * row holds (data-* attributes) and which message goes with each filter (data-heading).
 */
import type { AbductionStatus, Forum } from '$lib/data/schema';
import { countryRows, eventRows, sortIndicator, toggleSort, type Sort } from '$lib/data/table';
import { parseTableState, tableQuery, type TableState } from '$lib/state/table-query';
import { fillTemplate } from './templates';

interface Part<Row> {
	section: HTMLElement;
	body: HTMLTableSectionElement;
	rows: Row[];
}

interface CountryRow {
	element: HTMLTableRowElement;
	name: string;
	status: AbductionStatus;
	eventCount: number;
}

interface EventRow {
	element: HTMLTableRowElement;
	id: string;
	date: string;
	title: string;
	forum: Forum;
}

function partOf<Row>(
	root: HTMLElement,
	table: string,
	read: (element: HTMLTableRowElement) => Row
): Part<Row> {
	const section = root.querySelector<HTMLElement>(`[data-table="${table}"]`)!;
	const body = section.querySelector('tbody')!;
	return { section, body, rows: [...body.rows].map(read) };
}

/** The section's rows, its filter, its heading and its headers, as the state says. */
function show<Row extends { element: HTMLTableRowElement }, K extends string>(
	part: Part<Row>,
	rows: Row[],
	filter: string,
	sort: Sort<K>
): void {
	part.body.replaceChildren(...rows.map((row) => row.element));
	const select = part.section.querySelector('select')!;
	select.value = filter;
	const heading = select.selectedOptions[0]?.dataset.heading;
	if (heading) part.section.querySelector('h2')!.textContent = heading;
	for (const header of part.section.querySelectorAll<HTMLElement>('th[data-sort-key]')) {
		const { ariaSort, arrow } = sortIndicator(sort, header.dataset.sortKey as K);
		header.setAttribute('aria-sort', ariaSort);
		header.querySelector('[aria-hidden]')!.textContent = arrow;
	}
}

/** Wires the tables in `root`; `onAddress` hears each change the tables make to the address. */
export function startTables(root: HTMLElement, onAddress: () => void = () => {}): void {
	const countries = partOf<CountryRow>(root, 'countries', (element) => ({
		element,
		name: element.dataset.name!,
		status: element.dataset.status as AbductionStatus,
		eventCount: Number(element.dataset.count)
	}));
	const events = partOf<EventRow>(root, 'events', (element) => ({
		element,
		id: element.dataset.id!,
		date: element.dataset.date!,
		title: element.dataset.title!,
		forum: element.dataset.forum as Forum
	}));
	const note = root.querySelector<HTMLElement>('[data-rejected]')!;
	const parsed = parseTableState(new URLSearchParams(location.search));
	let view = parsed.state;

	const render = () => {
		show(
			countries,
			countryRows(countries.rows, view.status, view.countrySort),
			view.status,
			view.countrySort
		);
		show(events, eventRows(events.rows, view.forum, view.eventSort), view.forum, view.eventSort);
	};
	// An address the tables cannot read: the default view, and which part was ignored.
	if (parsed.rejected.length) {
		const templates = JSON.parse(note.dataset.rejected!) as string[];
		note.textContent = fillTemplate(
			templates,
			parsed.rejected.map((r) => `${r.param}=${r.value}`)
		);
		note.hidden = false;
	}

	/** Each change replaces the address: Back leaves the tables rather than undoing a sort. */
	const update = (change: Partial<TableState>) => {
		view = { ...view, ...change };
		const { pathname, hash } = location;
		history.replaceState(history.state, '', `${pathname}${tableQuery(view)}${hash}`);
		// What was not understood is gone from the address now.
		note.hidden = true;
		render();
		onAddress();
	};

	countries.section.querySelector('select')!.addEventListener('change', (event) => {
		update({ status: (event.currentTarget as HTMLSelectElement).value as TableState['status'] });
	});
	events.section.querySelector('select')!.addEventListener('change', (event) => {
		update({ forum: (event.currentTarget as HTMLSelectElement).value as TableState['forum'] });
	});
	root.addEventListener('click', (event) => {
		const header = (event.target as Element).closest<HTMLElement>(
			'th[data-sort-key] button'
		)?.parentElement;
		if (!header) return;
		const key = header.dataset.sortKey!;
		if (countries.section.contains(header))
			update({ countrySort: toggleSort(view.countrySort, key as typeof view.countrySort.key) });
		else update({ eventSort: toggleSort(view.eventSort, key as typeof view.eventSort.key) });
	});
	render();
}
