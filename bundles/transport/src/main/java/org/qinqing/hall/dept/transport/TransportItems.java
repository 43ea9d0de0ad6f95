package org.qinqing.hall.dept.transport;

/** Item codes and shared vault kinds of 深圳市交通运输局南山管理局. */
final class TransportItems {
    static final String FREIGHT_LICENCE = "transport-road-freight-licence";
    static final String PASSENGER_LICENCE = "transport-road-passenger-licence";
    static final String VEHICLE_CERTIFICATE = "transport-vehicle-certificate";
    static final String MAINTENANCE_FILING = "transport-maintenance-filing";
    static final String DRIVING_SCHOOL_FILING = "transport-driving-school-filing";
    static final String PARKING_FILING = "transport-parking-filing";
    static final String CERTIFICATE_REISSUE = "transport-certificate-reissue";
    static final String RIDE_HAILING_DRIVER = "transport-ride-hailing-driver";
    static final String TAXI_DRIVER = "transport-taxi-driver";
    static final String RIDE_HAILING_VEHICLE = "transport-ride-hailing-vehicle";
    static final String FREIGHT_DRIVER = "transport-freight-driver";
    static final String COMPLAINT = "transport-complaint";

    static final String ROAD_REGULATION = "《中华人民共和国道路运输条例》";
    static final String RIDE_HAILING_RULES = "《网络预约出租汽车经营服务管理暂行办法》";

    private TransportItems() {
    }
}
