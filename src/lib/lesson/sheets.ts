/**
 * The printed worksheet and its answer sheet: the walk's steps two to a page, each with its
 * questions. Pure, so the pairing and the answers are tested without a browser.
 */
import type { Dataset } from '$lib/data/schema';
import { mapAnswer, questionsOf, type Question } from './questions';

export interface SheetStep {
	number: number;
	questions: { question: Question; countries: string[] }[];
}

/** Steps 1..total with their questions (a map question's answer countries too), in pages of two. */
export function worksheetPages(total: number, dataset: Dataset, perPage = 2): SheetStep[][] {
	const steps: SheetStep[] = Array.from({ length: total }, (_, i) => ({
		number: i + 1,
		questions: questionsOf(i + 1).map((question) => ({
			question,
			countries: question.source ? mapAnswer(question.source, dataset).countries : []
		}))
	}));
	const pages: SheetStep[][] = [];
	for (let i = 0; i < steps.length; i += perPage) pages.push(steps.slice(i, i + perPage));
	return pages;
}
