/**
 * A 45-minute lesson's plan: the minutes each step of the walk is given (in the walk's order),
 * and where the class should be by the clock. The first step, whose map answers the lesson's
 * main question, and the Commission of Inquiry get the most time; the minutes include each
 * step's questions.
 */
export const LESSON_MINUTES = 45;

export const PLANNED_MINUTES: readonly number[] = [7, 4, 6, 4, 4, 4, 4, 4, 4, 4];

export interface Pace {
	/** Minutes planned for this step. */
	minutes: number;
	/** Minutes into the lesson by which the plan has the class leave this step. */
	until: number;
	/** Whole minutes behind the plan (positive) or ahead of it (negative); 0 on time. */
	behind: number;
}

/** Where the plan has the class on step `n` (1-based) against the minutes gone. */
export function paceAt(n: number, elapsedMs: number): Pace {
	const minutes = PLANNED_MINUTES[n - 1] ?? 0;
	const from = PLANNED_MINUTES.slice(0, n - 1).reduce((sum, m) => sum + m, 0);
	const until = from + minutes;
	const gone = elapsedMs / 60_000;
	// Behind once the step's time is up; ahead while the step began early by a whole minute.
	const behind =
		gone > until ? Math.floor(gone - until) : gone < from ? -Math.floor(from - gone) : 0;
	return { minutes, until, behind };
}
