package org.agendum.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.agendum.model.MeetingDetails;
import org.agendum.typography.UnDates;
import org.agendum.validation.Problem;

/** The bar at the bottom (id {@code statusBar}): the validation problem count, and where and when the meeting is. */
final class StatusBar extends HBox {
    private static final List<String> SEVERITIES = List.of("clean", "warnings", "errors");
    private final Region indicator = new Region();
    private final Label problems = new Label();
    private final Tooltip problemList = new Tooltip();
    private final Label meeting = new Label();

    StatusBar(MeetingViewModel viewModel) {
        setId("statusBar");
        getStyleClass().add("status-bar");
        indicator.getStyleClass().add("status-indicator");
        problems.setId("problemSummary");
        problems.getStyleClass().add("problem-summary");
        problems.setGraphic(indicator);
        problemList.setWrapText(true);
        problemList.setMaxWidth(640);
        meeting.setId("meetingSummary");
        meeting.getStyleClass().add("meeting-summary");
        meeting.setMinWidth(0);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        getChildren().addAll(problems, spring, meeting);

        viewModel.problemsProperty().addListener((obs, old, list) -> showProblems(list));
        viewModel.meetingProperty().addListener((obs, old, m) -> showMeeting(m.details()));
        showProblems(viewModel.problemsProperty().get());
        showMeeting(viewModel.meeting().details());
    }

    private void showProblems(List<Problem> list) {
        ProblemSummary summary = ProblemSummary.of(list);
        problems.setText(summary.text());
        indicator.getStyleClass().removeAll(SEVERITIES);
        indicator.getStyleClass().add(summary.severityStyle());
        problemList.setText(summary.details());
        problems.setTooltip(summary.count() == 0 ? null : problemList);
    }

    private void showMeeting(MeetingDetails details) {
        String dates = details.endDate().isBefore(details.startDate())
                ? UnDates.date(details.startDate()) : UnDates.range(details.startDate(), details.endDate());
        meeting.setText(details.venue().isBlank() ? dates : details.venue().strip() + ", " + dates);
    }
}
