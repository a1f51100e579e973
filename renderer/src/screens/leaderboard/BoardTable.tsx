import type { LeaderboardResponse } from '../../../../shared/sync/leaderboard';

function average(value: number): string {
  return value.toFixed(1);
}

/**
 * The top entries with their competition ranks (equal points share a rank: 1, 2, 2, 4), and the
 * user's own row under them when they are not among the entries shown.
 */
export function BoardTable({ board }: { board: LeaderboardResponse }) {
  const me = board.me;
  const meListed = board.entries.some((entry) => entry.isMe);
  return (
    <table className="board-table" data-testid="leaderboard">
      <thead>
        <tr>
          <th scope="col" className="board-rank">
            Rank
          </th>
          <th scope="col">Name</th>
          <th scope="col" className="board-num">
            Points
          </th>
          <th scope="col" className="board-num">
            Answers
          </th>
          <th scope="col" className="board-num">
            Average
          </th>
        </tr>
      </thead>
      <tbody>
        {board.entries.map((entry, index) => (
          <tr key={`${entry.rank}-${index}`} className={entry.isMe ? 'is-me' : undefined} data-testid="board-row">
            <td className="board-rank">{entry.rank}</td>
            <td className="board-name">
              {entry.displayName}
              {entry.isMe ? <span className="board-you"> (you)</span> : null}
            </td>
            <td className="board-num">{entry.points.toLocaleString()}</td>
            <td className="board-num">{entry.attempts}</td>
            <td className="board-num">{average(entry.avgScore)}</td>
          </tr>
        ))}
        {me && !meListed ? (
          <>
            {board.entries.length > 0 ? (
              <tr className="board-gap" aria-hidden="true">
                <td colSpan={5}>⋯</td>
              </tr>
            ) : null}
            <tr className="is-me" data-testid="board-me">
              <td className="board-rank">{me.rank}</td>
              <td className="board-name">
                You
                <span className="board-you">
                  {me.listed ? ' (below the top entries)' : ' (only you see this row: you are not listed)'}
                </span>
              </td>
              <td className="board-num">{me.points.toLocaleString()}</td>
              <td className="board-num">{me.attempts}</td>
              <td className="board-num">{average(me.avgScore)}</td>
            </tr>
          </>
        ) : null}
      </tbody>
    </table>
  );
}
