// Places the department codes on the map: at each department's centroid, then pushed apart where
// two labels would overlap (small departments such as Paris and its inner ring). A label moved
// away from its centroid gets a leader line. Pure.

export interface LabelInput {
  readonly text: string;
  readonly x: number;
  readonly y: number;
}

export interface PlacedLabel extends LabelInput {
  readonly labelX: number;
  readonly labelY: number;
  /** True when the label had to leave its centroid: draw a leader line. */
  readonly moved: boolean;
}

export function layoutLabels(labels: readonly LabelInput[], fontSize: number, iterations = 200): PlacedLabel[] {
  const width = (text: string) => text.length * fontSize * 0.68 + fontSize * 0.5;
  const height = fontSize * 1.3;
  const positions = labels.map((label) => ({ x: label.x, y: label.y }));
  for (let step = 0; step < iterations; step++) {
    let overlapping = false;
    for (let i = 0; i < labels.length; i++) {
      for (let j = i + 1; j < labels.length; j++) {
        const a = positions[i]!;
        const b = positions[j]!;
        const overlapX = (width(labels[i]!.text) + width(labels[j]!.text)) / 2 - Math.abs(a.x - b.x);
        const overlapY = height - Math.abs(a.y - b.y);
        if (overlapX <= 0 || overlapY <= 0) continue;
        overlapping = true;
        // Move along the axis that separates them fastest, half each, away from one another.
        const dx = a.x - b.x || (i < j ? -1 : 1);
        const dy = a.y - b.y || (i < j ? -1 : 1);
        if (overlapX < overlapY) {
          const shift = (overlapX / 2 + 0.5) * Math.sign(dx);
          a.x += shift;
          b.x -= shift;
        } else {
          const shift = (overlapY / 2 + 0.5) * Math.sign(dy);
          a.y += shift;
          b.y -= shift;
        }
      }
    }
    if (!overlapping) break;
  }
  return labels.map((label, index) => {
    const { x, y } = positions[index]!;
    return { ...label, labelX: x, labelY: y, moved: Math.hypot(x - label.x, y - label.y) > fontSize * 0.6 };
  });
}
