export function TimelineRoute() {
  return <p>Timeline coming.</p>;
}
