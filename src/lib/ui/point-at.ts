/**
 * A country's link that points at the country on the map: a mouse over the link, or the
 * keyboard's focus on it, has the map outline the country and show its tooltip (MapView's
 * `pointed`), so a reader finds a small country from its name. A touch opens the country at once
 * and points at nothing first; leaving, blurring or following the link stops the pointing.
 */
export function pointsAt(iso3: string, point: (iso3: string | null) => void) {
	return {
		onpointerenter: (event: Pick<PointerEvent, 'pointerType'>) => {
			if (event.pointerType !== 'touch') point(iso3);
		},
		onpointerleave: () => point(null),
		// A click focuses the link too: only the keyboard's focus (focus-visible) points.
		onfocus: (event: { currentTarget: Pick<Element, 'matches'> | null }) => {
			if (event.currentTarget?.matches(':focus-visible')) point(iso3);
		},
		onblur: () => point(null),
		onclick: () => point(null)
	};
}
